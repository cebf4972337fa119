@ipmi
Feature: IPMI sensor events (Chapter 3 > IPMI)
  ipmievd logs what the baseboard management controller reports for the appliance's sensors: fans,
  temperatures, voltages and power supplies (Table 1). Its threshold messages print a comparison; the guide:
  "The event is an assertion if the logical evaluation of the statement formed from these three fields is true
  (e.g., Reading 1600 < Threshold 2000 RPM). Otherwise, the event is a de-assertion (e.g., Reading 15900 <
  Threshold 1000 RPM)." Chapter 6 adds that a reading equal to the threshold asserts.

  Critical thresholds asserted are high priority, non-recoverable ones critical, and de-asserts low
  (knowledge/README.md, "Priority and action").

  Scenario Outline: Threshold reading: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <message>"
    When it is assessed
    Then it is in group "significant"
    And the component is "ipmi"
    And the title is "Full Sensor Record Threshold Reading"
    And the field "sensor" is "<sensor>"
    And the field "threshold_kind" is "<kind>"
    And the field "assert" is "<assert>"
    And the priority is "<priority>"
    And a trap <trap> is sent with <flag>

    Examples: Going low: the guide's fan examples (Threshold Events)
      | message                                                                                   | sensor | kind | assert | flag      | priority | trap               |
      | Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)           | Fan3B  | LC   | true   | assert    | high     | fanAttentionNotify |
      | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)     | Fan3B  | LNR  | true   | assert    | critical | fanAttentionNotify |
      | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)   | Fan3B  | LNR  | false  | de-assert | low      | fanAttentionNotify |
      | Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)              | Fan3B  | LC   | true   | assert    | high     | fanAttentionNotify |
      | Fan sensor Fan1A . Lower Critical going low (Reading 2600 < Threshold 2000 RPM)           | Fan1A  | LC   | false  | de-assert | low      | fanAttentionNotify |

    Examples: Going low: voltages
      | message                                                                                           | sensor          | kind | assert | flag      | priority | trap                       |
      | Voltage sensor VBAT . Lower Critical going low (Reading 1.63 < Threshold 2.80 Volts)              | VBAT            | LC   | true   | assert    | high     | motherboardAttentionNotify |
      | Voltage sensor VBAT . Lower Critical going low (Reading 3.30 < Threshold 2.80 Volts)              | VBAT            | LC   | false  | de-assert | low      | motherboardAttentionNotify |
      | Voltage sensor PSU2_+12V_value. Lower Non-recoverable going low (Reading 10.548 < Threshold 11.232 Volts) | PSU2_+12V_value | LNR | true | assert | critical | powerSupplyAttentionNotify |
      | Voltage sensor PSU2_+12V_value. Lower Non-recoverable going low (Reading 12.548 < Threshold 11.232 Volts) | PSU2_+12V_value | LNR | false | de-assert | low   | powerSupplyAttentionNotify |

    Examples: Going high: temperatures and voltages
      | message                                                                                              | sensor          | kind | assert | flag      | priority | trap                       |
      | Temperature sensor CPU . Upper Critical going high (Reading 75 > Threshold 72 Degrees)               | CPU             | UC   | true   | assert    | high     | motherboardAttentionNotify |
      | Temperature sensor CPU . Upper Critical going high (Reading 70 > Threshold 72 Degrees)               | CPU             | UC   | false  | de-assert | low      | motherboardAttentionNotify |
      | Temperature sensor CPU . Upper Non-recoverable going high (Reading 92 > Threshold 89 Degrees)        | CPU             | UNR  | true   | assert    | critical | motherboardAttentionNotify |
      | Temperature sensor CPU . Upper Non-recoverable going high (Reading 85 > Threshold 89 Degrees)        | CPU             | UNR  | false  | de-assert | low      | motherboardAttentionNotify |
      | Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high (Reading 14.538 > Threshold 13.392 Volts) | PSU2_+12V_value | UNR | true | assert | critical | powerSupplyAttentionNotify |
      | Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high (Reading 12.538 > Threshold 13.392 Volts) | PSU2_+12V_value | UNR | false | de-assert | low  | powerSupplyAttentionNotify |

    # Chapter 6, Fan Failure: "Reading 2000 .lt Threshold 2000 RPM" and "Reading 1000 .lt Threshold 1000 RPM"
    # are among the examples that "create assert events". The going-high row applies the same reading of the
    # comparison to an upper threshold.
    Examples: A reading equal to the threshold asserts (Chapter 6)
      | message                                                                                  | sensor | kind | assert | flag   | priority | trap                       |
      | Fan sensor Fan3B . Lower Critical going low (Reading 2000 < Threshold 2000 RPM)          | Fan3B  | LC   | true   | assert | high     | fanAttentionNotify         |
      | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 1000 < Threshold 1000 RPM)   | Fan3B  | LNR  | true   | assert | critical | fanAttentionNotify         |
      | Temperature sensor CPU . Upper Critical going high (Reading 72 > Threshold 72 Degrees)   | CPU    | UC   | true   | assert | high     | motherboardAttentionNotify |

  Scenario: A fan slowed, then barely turning, then freed (Threshold Events)
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)
      2012 Feb 29 12:05:11 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)
      2012 Feb 29 12:05:21 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)
      """
    When they are assessed
    Then line 1 priority is "high"
    And a trap fanAttentionNotify is sent for line 1 with assert
    And line 2 priority is "critical"
    And a trap fanAttentionNotify is sent for line 2 with assert
    And line 3 field "assert" is "false"
    And line 3 priority is "low"
    And a trap fanAttentionNotify is sent for line 3 with de-assert

  Scenario: A fan stops, then spins again before IPMI reads it (Threshold Events)
    "IPMI only generates the log message for the more recent of the two events": the second line is the
    de-assert of the LNR event.
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      2012 Feb 29 12:05:51 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)
      """
    When they are assessed
    Then line 1 field "assert" is "true"
    And line 2 field "threshold_kind" is "LNR"
    And line 2 field "assert" is "false"
    And a trap fanAttentionNotify is sent for line 2 with de-assert

  Scenario: The sensor is located from Table 1
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)"
    When it is assessed
    Then the field "sensor_location" is "Cooling fan; right-most of three fans, front-most blade within fan unit."
    And the field "table_threshold" is "2000"

  Scenario Outline: Compact sensor record: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <message>"
    When it is assessed
    Then it is in group "significant"
    And the title is "Compact Sensor Record Asserted/Deasserted"
    And the action contains "administrative or maintenance activities"
    And the priority is "<priority>"
    And a trap powerSupplyAttentionNotify is sent with <flag>

    Examples:
      | message                                                   | flag      | priority |
      | Power Supply sensor PSU2_Status . - Failure detected Asserted   | assert    | high     |
      | Power Supply sensor PSU2_Status . - Failure detected Deasserted | de-assert | low      |
      | Power Supply sensor PSU1_Status . - Presence detected Asserted  | assert    | low      |

  # Chapter 3, Discrete Events: PSU1_Status "reports the presence (asserted) or absence (de-asserted) of the right
  # power supply". Presence de-asserted is a missing power supply, although the trap's flag is 0.
  Scenario: A power supply no longer detected
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU1_Status . - Presence detected Deasserted"
    When it is assessed
    Then it is in group "significant"
    And the priority is at least "high"
    And a trap powerSupplyAttentionNotify is sent with de-assert

  Scenario Outline: Non-specific sensor record: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <message>"
    When it is assessed
    Then it is in group "significant"
    And the title is "Non-Specific Sensor Record with Description"
    And the meaning contains "non-specific sensor records"
    And the action contains "administrative or maintenance activities"

    Examples:
      | message                                       |
      | Power Supply sensor - Transition to Power Off |
      | OEM sensor - OEM Specific                     |
      | Power Unit sensor - Failure detected          |

  Scenario: Transition to Power Off sends a power supply trap (Chapter 6, Power Supply Failure)
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor - Transition to Power Off"
    When it is assessed
    Then the priority is at least "high"
    And a trap powerSupplyAttentionNotify is sent with assert

  Scenario Outline: Non-specific records other than a power supply send no trap: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <message>"
    When it is assessed
    Then no trap is sent

    Examples:
      | message                              |
      | OEM sensor - OEM Specific            |
      | Power Unit sensor - Failure detected |

  Scenario Outline: Insignificant start-up notice: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <message>"
    When it is assessed
    Then it is in group "insignificant"
    And the title is "<title>"
    And the meaning contains "<meaning>"
    And the priority is "info"
    And no trap is sent

    Examples:
      | message             | title              | meaning                                                                                   |
      | Reading sensors...  | Reading Sensors    | the IPMI monitoring daemon successfully started just prior to setting up the event handler |
      | Waiting for events... | Waiting For Events | the IPMI monitoring daemon successfully established communication with the IPMI device driver |

  Scenario Outline: SEL buffer: <title> (<message>)
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 <severity> <process>: <message>"
    When it is assessed
    Then it is in group "unlikely"
    And the title is "<title>"
    And the meaning contains "<meaning>"
    And the action contains "Thales Technical Support"
    And the priority is "<priority>"
    And no trap is sent

    Examples:
      | severity | process  | message                                                                                | title                                    | meaning                                                                   | priority |
      | alert    | ipmiev   | SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared      | SEL Buffer Overflow                      | the sensor event log buffer is full and no new messages can be queued     | high     |
      | warning  | ipmiev   | SEL buffer used at 85%, please consider clearing the SEL buffer                        | SEL Buffer Use                           | the sensor event log buffer is filling faster than events can be processed | medium   |
      | alert    | ipmievd  | SEL buffer overflow, no new SEL message will be logged until the SEL buffer is cleared | SEL Overflow on Check for Waiting Events | the daemon is falling behind                                              | high     |
      | warning  | ipmievd  | SEL buffer is 85% full, please consider clearing the SEL buffer                        | SEL Overflow on Check for Waiting Events | the daemon is falling behind                                              | medium   |
      | notice   | ipmievd  | SEL overflow is cleared                                                                | SEL Overflow on Check for Waiting Events | the daemon is falling behind                                              | medium   |

  Scenario Outline: Unlikely message: <title>
    "Under normal circumstances, you should not see any of these log messages. If you do, please contact Thales
    Technical Support to report the message and seek guidance on what to do next."
    Given the log line "<line>"
    When it is assessed
    Then it is in group "unlikely"
    And the title is "<title>"
    And the action contains "Thales Technical Support"
    And the priority is "<priority>"

    Examples:
      | line                                                                                                       | title                                       | priority |
      | 2012 Feb 29 12:05:01 myLuna local4 alert ipmievd: Linux kernel panic: mod xyz fai                          | Kernel Panic                                | critical |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: IPMI Event OEM Record 0xa1                              | OEM Record                                  | medium   |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor 0xa2                                | Sensor Record without Description           | medium   |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU1_Status .                       | Full Sensor Record for Discrete and OEM Events | medium |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU1_Status . some status message   | Full Sensor Record for Discrete and OEM Events | medium |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU2_Status . - Failure detected    | Compact Sensor Record With No Event Direction | medium |
      | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor 16                                           | Sensor Record With Only Sensor Number       | medium   |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmiev: Get BMC Global Enables command failed: 71                   | BMC Event Message Buffer Failure            | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmiev: Unable to receive IPMI message                              | Unable to Receive IPMI Message              | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 critical ipmiev: Unable to read from IPMI device                        | Unable to Read from IPMI Device             | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmievd: Unable to retrieve SEL data                                | Unable to Retrieve SEL Data                 | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmievd: PID file '/var/run/ipmievd.pid0' already exists.           | PID File Already Exists                     | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmievd: ipmitool: malloc failure                                   | Malloc Failure                              | high     |
      | 2012 Feb 29 12:05:01 myLuna local4 err ipmievd: Invalid Interface for OpenIPMI Event Handler: open         | Invalid Interface                           | high     |

  Scenario: A kernel panic reported by IPMI
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 alert ipmievd: Linux kernel panic: mod xyz fai"
    When it is assessed
    Then the meaning contains "A “panic” is an unrecoverable system error detected by the Linux kernel."

  Scenario Outline: Debug message: <message>
    "Thales does not enable logging of debug messages from the IPMI daemon."
    Given the log line "2012 Feb 29 12:05:01 myLuna <header> ipmievd: <message>"
    When it is assessed
    Then it is in group "debug"
    And the title is "<title>"
    And the priority is "info"

    Examples:
      | header               | message                               | title                            |
      | local4 debug         | BMC Event Message Buffer enabled      | BMC Event Message Buffer Opened  |
      | local4 debug         | netfn:6 cmd:5 ccode:80                | BMC Event Message Debug          |
      | local4 debug         | SEL count is 3                        | SEL Watch Debug                  |
      | local4 debug         | SEL Percent Used: 80%                 | SEL Watch Debug                  |
      |                      | Sensors cached                        | Sensors Cached                   |
      |                      | Enabling event receiver               | IPMI Event Setup                 |
