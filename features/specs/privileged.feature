@privileged @kernel
Feature: Privileged services and the kernel (Chapter 3 > Privileged Services, Kernel)
  useradd, chage, passwd, usermod, login and groupadd log to the secure log at facility authpriv. The guide
  prints some of these lines with the facility and severity twice ("authpriv authpriv info"); they are kept as
  printed.

  Scenario Outline: Expected message: <line>
    Given the log line "<line>"
    When it is assessed
    Then the component is "privileged"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is at most "low"

    Examples:
      | title    | line                                                                                                                                   |
      | useradd  | 2012 Feb 29 12:05:01 myLuna authpriv info useradd[1234]: new user: name=recover, UID=0, GID=0, home=/home/recover, shell=/usr/lunasa/bin/recover |
      | chage    | 2012 Feb 29 12:05:01 myLuna authpriv info chage[1234]: changed password expiry for operator                                            |
      | passwd   | 2012 Feb 29 12:05:01 myLuna authpriv notice passwd: pam_unix(passwd:chauthtok): password changed for admin                              |
      | login    | 2012 Feb 29 12:05:01 myLuna authpriv authpriv info login: pam_unix(login:session): session opened for user admin by LOGIN(uid=0)        |
      | login    | 2012 Feb 29 12:05:01 myLuna authpriv authpriv info login: DIALUP AT ttyS0 BY recover                                                   |
      | groupadd | 2012 Feb 29 12:05:01 myLuna authpriv authpriv info groupadd[2558]: new group: name=mysql, GID=500                                      |

  Scenario Outline: Failed console login: <line>
    "These messages indicate failure on the part of an administrator to login to the Luna Network HSM 7
    appliance."
    Given the log line "<line>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "login"
    And the meaning contains "failure on the part of an administrator to login"
    And the priority is at least "medium"

    Examples:
      | line                                                                                                                          |
      | 2012 Feb 29 12:05:01 myLuna authpriv authpriv alert login: pam_unix(login:auth): check pass; user unknown                    |
      | 2012 Feb 29 12:05:01 myLuna authpriv authpriv notice login: FAILED LOGIN 1 FROM (null) FOR bob, User not known to the underlying authentication module |
      | 2012 Feb 29 12:05:01 myLuna authpriv authpriv alert login: PAM service(login) ignoring max retries; 4 > 3                     |

  Scenario: The console retry limit reached
    "The fifth message indicates that the threshold number of failed login attempts has been reached or exceeded."
    Given the log line "2012 Feb 29 12:05:01 myLuna authpriv authpriv alert login: PAM service(login) ignoring max retries; 4 > 3"
    When it is assessed
    Then the priority is "high"

  Scenario Outline: The kernel shuts the watchdog timer down: <message>
    "These messages indicate that the kernel shutdown the hardware watchdog timer, likely a result of the
    lunash:>sysconf appliance watchdog disable command."
    Given the log line "2012 Feb 29 12:05:01 myLuna kern info kernel: <message>"
    When it is assessed
    Then the component is "kernel"
    And it is in group "expected"
    And the title is "Shutting Down Watchdog Timer"
    And the meaning contains "the kernel shutdown the hardware watchdog timer"
    And the priority is "info"

    Examples:
      | message                                               |
      | iTCO_wdt: Unexpected close, not stopping watchdog.    |
      | iTCO_wdt: Watchdog Module Unloaded.                   |
