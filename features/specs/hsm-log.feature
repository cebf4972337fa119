@chapter5 @oamp
Feature: The HSM's own log (Chapter 5 > Other Appliance Logging)
  The HSM firmware logs through oamp at facility local6. "Critical Events are catastrophic failure of the HSM
  firmware as reported by the HSM itself. An increment in this counter also results in a crash log file and a
  syslog message".

  Scenario Outline: A critical HSM event: <message>
    Given the log line "2012 Feb 22 03:15:13 LunaSA5 local6 <severity> oamp[2318]: <message>"
    When it is assessed
    Then the component is "oamp"
    And the priority is "critical"

    Examples:
      | severity | message                                                                               |
      | crit     | CRIT: Fatal error 0x00300203                                                          |
      | info     | info : 0 : HSM critical event detected. Dual port dump generated : hsm_dump_20120222031513 |

  Scenario: A critical event and its dump
    Given the log lines:
      """
      2012 Feb 22 03:15:13 LunaSA5 local6 crit oamp[2318]: CRIT: Fatal error 0x00300203
      2012 Feb 22 03:15:13 LunaSA5 local6 info oamp[2318]: info : 0 : HSM critical event detected. Dual port dump generated : hsm_dump_20120222031513
      """
    When they are assessed
    Then line 1 host is "LunaSA5"
    And line 1 timestamp is "2012-02-22T03:15:13"
    And line 2 priority is "critical"

  Scenario: A power-up log, as the guide prints it
    "Non-Critical Events are either ERR or INFO messages."
    Given the log lines:
      """
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: ----- HSM Logging started
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: INFO: Warm boot
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: INFO: FW Rev 6.2.1-10
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: INFO: HSM is powered-up
      2014 Aug 21 07:18:14 local_host local6 err oamp[2100]: ERR: RTC: lost all power
      2014 Aug 21 07:18:14 local_host local6 err oamp[2100]: ERR: RTC: zeroized on power loss
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: INFO: MM_Init OK
      2014 Aug 21 07:18:14 local_host local6 err oamp[2100]: ERR: MTK: security function was zeroized for unknown reason
      2014 Aug 21 07:18:14 local_host local6 info oamp[2100]: INFO: Supported callback protocol v.1
      """
    When they are assessed
    Then each line has one assessment
    And line 1 priority is "info"
    And line 2 priority is "info"
    And line 5 is in group "unexpected"
    And line 5 priority is at least "medium"
    And line 8 priority is at least "high"
    And line 9 priority is "info"
    And no trap is sent
