@lunash
Feature: The Luna shell (Chapter 4 > Luna Administrative Shell, Luna Shell: Command Logging)
  LunaSH logs its state and status as "lush" to messages (facility syslog or user), and every command an
  administrator runs as "lunash [pid]" to lunalog (facility local5).

  Scenario Outline: A command is logged: <message>
    "Every administrative command executed within the secure Luna shell results in a log message to lunalog."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info lunash [1234]: info : 0 : <message>"
    When it is assessed
    Then the component is "lunash"
    And it is in group "expected"
    And the priority is at most "low"
    And no trap is sent

    Examples:
      | message                                           |
      | Command: hsm show : admin : Console               |
      | Command: my file list : monitor : 192.168.0.100/40847 |
      | Lush user login : admin : Console                 |
      | Lush user login : monitor : 192.168.0.100/4084    |

  Scenario: The command, account and connection are captured
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 info lunash [1234]: info : 0 : Command: my file list : monitor : 192.168.0.100/40847"
    When it is assessed
    Then the field "command" is "my file list"
    And the field "account" is "monitor"
    And the field "client" is "192.168.0.100/40847"

  Scenario Outline: Token state and login error: <message>
    "On backup and restore operations, these messages indicate failure to successfully authenticate because of
    either incorrect credentials or the HSM/token being in a state that disallows authentication (i.e., zeroized)."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 warn lunash [1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "Token State and Login Errors"
    And the priority is "<priority>"

    Examples: An incorrect password is an authentication failure
      | message                                                   | priority |
      | HSM Admin Login: incorrect password or PED key            | medium   |
      | Backup Token Admin Login: incorrect password or PED key   | medium   |

    Examples: A zeroized HSM puts its keys beyond reach
      | message                                                                          | priority |
      | HSM Admin Login: HSM Zeroized due to three consecutive bad login attempts.        | critical |
      | Backup Token Admin Login: HSM Zeroized due to three consecutive bad login attempts. | critical |

  Scenario Outline: Unexpected LunaSH message: <title>
    Given the log line "<line>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"

    Examples:
      | line                                                                                                                | title                     |
      | 2012 Feb 29 12:05:01 myLuna local5 info lunash [1234]: Config file for overriding hsm slot exists, but there is a problem reading it.. | Configuration File Error |
      | 2012 Feb 29 12:05:01 myLuna local5 err lunash [1234]: Node not loaded: hsm ped set                                | Node Not Loaded           |
      | 2012 Feb 29 12:05:01 myLuna syslog info lush: Failed to create logs_cleanup_20120229_0234.tgz: -1.                | Failed to Create Log Archive |
      | 2012 Feb 29 12:05:01 myLuna user notice lush: ERROR - The current client certificate specifies md5WithRSAEncryption as the signature mechanism. This certificate is no longer useable and must be replaced in order to register the client. Please regenerate the client certificate. | Invalid Signature Mechanism |

  Scenario Outline: State and status: <title>
    Given the log lines:
      """
      <line>
      """
    When it is assessed
    Then the component is "lush"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is at most "low"

    Examples:
      | line                                                                                                                   | title                   |
      | 2012 Feb 29 12:05:01 myLuna syslog info lush: uptime before reboot: 12:05:01 up 8 min, 1 user, load average: 0.09, 0.04, 0.01 | Uptime      |
      | 2012 Feb 29 12:05:01 myLuna syslog info lush: uptime before poweroff: 12:05:01 up 4 min, 1 user, load average: 0.08, 0.05, 0.01 | Uptime    |
      | 2012 Feb 29 12:05:01 myLuna syslog info lush: Running the 'syslog cleanup' command, creating tarlogs then deleting all log files except hsm.log ... | Log Cleanup |
      | 2012 Feb 29 12:05:01 myLuna user notice lush: The tar file containing logs is now available via scp as filename "logs_cleanup_20120229_0234.tgz". | Log Cleanup |
      | 2012 Feb 29 12:05:01 myLuna user notice Lush: Changing the SSHD listen port number from 22 to 23.                     | Change SSH Port         |
      | 2012 Feb 29 12:05:01 myLuna user info wdt_heartbeat*: Disabled the WDT heartbeat program.                             | Disabled Watchdog Timer |

  Scenario: A reboot records how long the appliance had been up
    "These messages record how long the system had been up before an administrator restarted the Luna Network
    HSM 7 appliance"
    Given the log line "2012 Feb 29 12:05:01 myLuna syslog info lush: uptime before reboot: 12:05:01 up 8 min, 1 user, load average: 0.09, 0.04, 0.01"
    When it is assessed
    Then the meaning contains "These messages record how long the system had been up before an administrator restarted the Luna Network HSM 7 appliance"
