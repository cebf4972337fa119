@ssh
Feature: SSH (Chapter 3 > SSH)
  sshd logs to the secure log at facility authpriv. The guide's examples put two spaces after the severity;
  they are kept as printed.

  Scenario Outline: Normal SSH activity: <message>
    "These messages indicate normal SSH activity."
    Given the log line "2012 Feb 29 12:05:01 myLuna authpriv info  sshd[1234]: <message>"
    When it is assessed
    Then the component is "ssh"
    And it is in group "expected"
    And the meaning contains "normal SSH activity"
    And the priority is at most "low"
    And no trap is sent

    Examples:
      | message                                                                  |
      | Server listening on 0.0.0.0 port 22.                                     |
      | Received signal 15; terminating.                                         |
      | Accepted password for admin from 192.168.10.100 port 51286 ssh2          |
      | Received disconnect from 192.168.10.100: 11: disconnected by user        |
      | Accepted publickey for monitor from 192.168.0.100 port 2299 ssh2         |
      | pam_unix(sshd[1234]:session): session opened for user admin by (uid=0)   |
      | pam_unix(sshd[1234]:session): session closed for user admin              |
      | Connection closed by 192.168.0.100 [preauth]                             |

  Scenario Outline: Abnormal SSH activity: <message>
    "These messages indicate abnormal SSH activity." "Under normal circumstances, you should not see any of
    these log messages. If you do, please contact Thales Technical Support to report the message and seek
    guidance on what to do next."
    Given the log line "2012 Feb 29 12:05:01 myLuna authpriv <severity>  sshd[1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the meaning contains "abnormal SSH activity"
    And the action contains "Thales Technical Support"
    And the priority is "<priority>"

    Examples: At err, crit or alert: a failure that needs action
      | severity | message                                                                    | priority |
      | err      | error: Bind to port 22 on 0.0.0.0 failed: Address already in use.         | high     |
      | crit     | fatal: Cannot bind any address.                                            | high     |
      | crit     | fatal: Read from socket failed: Connection reset by peer [preauth]         | high     |
      | alert    | pam_unix(sshd[1234]:auth): check pass; user unknown                        | high     |
      | crit     | fatal: Access denied for user admin by PAM account configuration [preauth] | high     |

    Examples: Authentication failures and other unexpected messages at info or notice
      | severity | message                                                                                                      | priority |
      | info     | Failed password for admin from 192.168.0.100 port 1615 ssh2                                                   | medium   |
      | info     | Invalid user guest from 192.168.0.100                                                                         | medium   |
      | notice   | pam_unix(sshd[1234]:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=192.168.0.100 user=admin | medium |
      | info     | Disconnecting: Too many authentication failures for admin [preauth]                                          | medium   |
      | info     | User root from 192.168.0.100 not allowed because not listed in AllowUsers                                    | medium   |

  Scenario: The user of an accepted login is captured
    Given the log line "2012 Feb 29 12:05:01 myLuna authpriv info  sshd[1234]: Accepted password for operator from 192.168.10.100 port 51286 ssh2"
    When it is assessed
    Then the field "user" is "operator"
    And the process is "sshd"
    And the facility is "authpriv"
