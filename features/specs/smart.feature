@smart
Feature: SMART disk monitoring (Chapter 3 > SMART)
  smartd watches the appliance's hard drive and logs at facility daemon. "Scan for crit severity logs entries
  for smartd. Look for Temperature changed to track internal appliance temperature measured at the hard drive.
  Look for excessive conditions with the string reached critical limit" (Chapter 1). Every crit message from
  smartd makes lsta send a diskDriveAttentionNotify trap (Chapter 6, Disk Drive Failure).

  Scenario: Temperature change
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon info smartd[1234]: Device: /dev/sda, Temperature changed +5 Celsius to 37 Celsius (Min/Max 26/37)"
    When it is assessed
    Then the component is "smart"
    And it is in group "expected"
    And the title is "Temperature Change"
    And the meaning contains "indicates a change in temperature measured at the hard disk sensor"
    And the priority is "info"
    And no trap is sent

  Scenario: Temperature limit reached
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/sda, Temperature 45 Celsius reached limit of 44 Celsius (Min/Max 31/49)"
    When it is assessed
    Then it is in group "expected"
    And the title is "Temperature Limit Reached"
    And the meaning contains "the temperature measured at the hard disk drive reached an upper limit for normally expected readings"
    And the priority is at least "high"
    And a trap diskDriveAttentionNotify is sent with assert

  Scenario: Critical temperature
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/sda, Temperature 49 Celsius reached critical limit of 48 Celsius (Min/Max 31/49)"
    When it is assessed
    Then the title is "Critical Temperature Change"
    And the meaning contains "the temperature measured at the hard disk drive exceeds the critical upper limit"
    And the priority is "critical"
    And a trap diskDriveAttentionNotify is sent with assert

  Scenario Outline: The same attribute change at info is expected, at crit it is not: <severity> <message>
    "The log severity of info means that the new values are still within acceptable ranges." At crit:
    "possibly indicating impending disk failure".
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon <severity> smartd[1234]: Device: /dev/sda, <message>"
    When it is assessed
    Then it is in group "<group>"
    And the title is "<title>"

    Examples:
      | severity | message                                                             | group      | title                     |
      | info     | SMART Usage Attribute: 7 Seek_Error_Rate changed from 100 to 200    | expected   | Attribute Change          |
      | crit     | SMART Usage Attribute: 7 Seek_Error_Rate changed from 10000 to 20000 | unexpected | Critical Attribute Change |
      | info     | SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from 100 to 200 | expected | Prefailure Change     |
      | crit     | SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from 92 to 51   | unexpected | Critical Prefailure Change |

  Scenario: A critical attribute change sends a disk drive trap
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/sda, SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from 92 to 51"
    When it is assessed
    Then the priority is at least "high"
    And a trap diskDriveAttentionNotify is sent with assert

  Scenario Outline: Exit signal at <severity>
    "info severity messages are normal and expected; crit severity messages are not."
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon <severity> smartd[1234]: smartd received signal <signal>"
    When it is assessed
    Then the title is "Received Exit Signal"
    And the priority is <priority>

    Examples:
      | severity | signal                     | priority        |
      | info     | 15: Terminated             | at most "low"   |
      | info     | 3: Quit                    | at most "low"   |
      | crit     | 11: Segmentation fault     | at least "high" |

  Scenario: A crit exit signal sends a disk drive trap
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: smartd received signal 11: Segmentation fault"
    When it is assessed
    Then a trap diskDriveAttentionNotify is sent with assert

  Scenario: The drive fails its self-check
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: Device: /dev/ada, FAILED SMART self-check. BACK UP DATA NOW!"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "Check ATA Device Health"
    And the priority is "critical"
    And a trap diskDriveAttentionNotify is sent with assert

  Scenario Outline: Expected start-up message: <message>
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna daemon info smartd[1234]: <message>
      """
    When it is assessed
    Then it is in group "expected"
    And the title is "<title>"
    And the priority is "info"
    And no trap is sent

    Examples:
      | message                                                                        | title                        |
      | smartd version 5.38 [i686-redhat-linux-gnu] Copyright (C) 2002-8 Bruce Allen   | Banner at Start Up           |
      | Opened configuration file /etc/smartd.conf                                     | Read Configuration File      |
      | Configuration file /usr/local/etc/smartd.conf parsed.                          | Read Configuration File      |
      | Device: /dev/sda, opened                                                       | Monitoring Devices at Start Up |
      | Device: /dev/sda, is SMART capable. Adding to "monitor" list.                  | Monitoring Devices at Start Up |
      | Monitoring 0 ATA and 1 SCSI devices                                            | Monitoring Devices at Start Up |
      | smartd has fork()ed into background mode. New PID=23509.                       | Fork Into Background Process |
      | Device: /dev/sda, starting scheduled Short Self-Test.                          | Self Tests                   |
      | Device: /dev/sda, starting scheduled Long Self-Test.                           | Self Tests                   |

  Scenario Outline: Unexpected message: <message>
    "Under normal circumstances, you should not see any of these log messages."
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon <severity> smartd[1234]: <message>"
    When it is assessed
    Then it is in group "unexpected"
    And the title is "<title>"
    And the action contains "Thales Technical Support"

    Examples:
      | severity | message                                                                   | title                                     |
      | info     | No configuration file /usr/local/etc/smartd.conf found, scanning devices  | Configuration File not in Expected Location |
      | crit     | Smartd: Out of memory                                                     | Out of Memory                             |
      | crit     | Device: /dev/sda, 1237505 Currently unreadable (pending) sectors          | Sector Count Change                       |
      | crit     | Device: /dev/sda, Self-Test Log error count increased from 12 to 13       | Log Self-Test Progress & Errors           |
