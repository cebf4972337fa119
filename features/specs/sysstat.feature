@sysstat
Feature: System status daemon (Chapter 4 > sysstat)
  sysstatd reports the appliance's health via syslog and the front-panel LCD (facility user, log messages).

  Scenario Outline: Expected message: <title>
    Given the log line "<line>"
    When it is assessed
    Then the component is "sysstat"
    And it is in group "expected"
    And the title is "<title>"
    And the priority is at most "low"
    And no trap is sent

    Examples:
      | title          | line                                                                                                                    |
      | Service Started | 2012 Feb 29 12:05:01 myLuna user info sysstatd: ----- Luna System State Server - Started.                              |
      | Service Stopped | 2012 Feb 29 12:05:01 myLuna user info sysstatd: ----- Luna System State Server - Stopped.                              |
      | System Status  | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - OFL Errors: 50,15,20,100,55,60!              |
      | System Status  | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - InSrvTrb Errors: 1!                          |
      | System Status  | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - OOS Errors: 15,100,60!                       |
      | Up Time        | 2012 Feb 29 04:02:01 myLuna syslog info logger: uptime: 04:02:01 up 6:50, 2 users, load average: 0.38, 0.14, 0.04       |

  Scenario: Out of service with error 30 is a crypto failure (Chapter 6 > Crypto Failure)
    "For the sysstatd process, body of log message contains the text 30".
    Given the log line "2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - OOS Errors: 30,100,60!"
    When it is assessed
    Then the title is "System Status"
    And the priority is at least "high"
    And a trap cryptoAttentionNotify is sent with assert

  Scenario Outline: Unexpected message: <title>
    "Under normal circumstances, you should not see any of these log messages. If you do so, please contact
    Thales Technical Support to report the message and seek guidance on what to do next."
    Given the log line "<line>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the action contains "Thales Technical Support"
    And the priority is "<priority>"

    Examples:
      | title                                        | priority | line                                                                                                   |
      | Cannot Open Files Needed to Identify Product | high     | 2012 Feb 29 12:05:01 myLuna user err sysstatd: Cannot open PRODUCT file.                               |
      | Failed to Detach                             | high     | 2012 Feb 29 12:05:01 myLuna user err sysstatd: Failed to detach sysstatd from console.                 |
      | Cannot Set Signal Handler                    | medium   | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Cannot set sighandler for SIGTERM.                     |
      | Failed to Open Device                        | medium   | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Failed to open the LCD device.                         |
      | Failed to Determine IP Address               | medium   | 2012 Feb 29 12:05:01 myLuna user info sysstatd: The SysStat service failed while trying to obtain the ethernet IP addresses. |

  Scenario Outline: Error 30 in any status report is a crypto failure: <report>
    "For the sysstatd process, body of log message contains the text 30" (Chapter 6 > Crypto Failure).
    Given the log line "2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - <report>"
    When it is assessed
    Then a trap cryptoAttentionNotify is sent with assert
    And the priority is at least "high"

    Examples:
      | report                      |
      | OFL Errors: 50,30,100!      |
      | InSrvTrb Errors: 30!        |
