@chapter6 @traps
Feature: Trap events (Chapter 6 > SNMP Traps)
  The Luna SNMP Trap Agent (lsta) reads every log message and sends a SAFENET-APPLIANCE-MIB notification for
  the significant ones. Its ssLogReference says "whether the event is an assert (1) or de-assert condition".

  Every example of the chapter is here as the appliance logs it after `lunash:>sysconf snmp trap test`: with
  the ***TEST designator, and with ".lt" / ".gt" where LunaSH forbids '<' and '>'. "This designator allows you
  to determine legitimate events from test events."

  Scenario Outline: Fan Failure example <n>: <message>
    "the first, second, fourth and fifth examples create assert events; the third and sixth examples, de-assert
    events"
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: ***TEST : <message>"
    When it is assessed
    Then a trap fanAttentionNotify is sent with <flag>
    And it is a test event

    Examples:
      | n | message                                                                                  | flag      |
      | 1 | Fan sensor Fan3B . Lower Critical going low (Reading 0 .lt Threshold 2000 RPM)           | assert    |
      | 2 | Fan sensor Fan3B . Lower Critical going low (Reading 2000 .lt Threshold 2000 RPM)        | assert    |
      | 3 | Fan sensor Fan3B . Lower Critical going low (Reading 21000 .lt Threshold 2000 RPM)       | de-assert |
      | 4 | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 .lt Threshold 1000 RPM)  | assert    |
      | 5 | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 1000 .lt Threshold 1000 RPM) | assert    |
      | 6 | Fan sensor Fan3B . Lower Non-recoverable going low (Reading 5100 .lt Threshold 1000 RPM) | de-assert |

  Scenario Outline: Power Supply Failure example <n>: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: ***TEST : <message>"
    When it is assessed
    Then a trap powerSupplyAttentionNotify is sent with <flag>
    And it is a test event

    Examples:
      | n | message                                                                                                    | flag      |
      | 1 | Power Supply sensor PSU2_Status . - Failure detected Asserted                                              | assert    |
      | 2 | Power Supply sensor PSU1_Status . - Presence detected Deasserted                                           | de-assert |
      | 3 | Power Supply sensor - Transition to Power Off                                                              | assert    |
      | 4 | Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high (Reading 14.538 .gt Threshold 13.392 Volts) | assert  |
      | 5 | Voltage sensor PSU2_+12V_value. Upper Non-recoverable going high (Reading 12.538 .gt Threshold 13.392 Volts) | de-assert |
      | 6 | Voltage sensor PSU2_+12V_value. Lower Non-recoverable going low (Reading 10.548 .lt Threshold 11.232 Volts)  | assert  |
      | 7 | Voltage sensor PSU2_+12V_value. Lower Non-recoverable going low (Reading 12.548 .lt Threshold 11.232 Volts)  | de-assert |
      | 8 | PSU1 Temp_value. Upper Non-recoverable going high (Reading 117 .gt Threshold 115 Degrees)                  | assert    |

  # The guide's motherboard commands pass "-process ipmievdc", so that is the process the appliance logs.
  Scenario Outline: Motherboard Failure example <n>: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievdc: ***TEST : <message>"
    When it is assessed
    Then a trap motherboardAttentionNotify is sent with <flag>
    And it is a test event

    Examples:
      | n | message                                                                                  | flag      |
      | 1 | Voltage sensor VBAT . Lower Critical going low (Reading 1.63 .lt Threshold 2.80 Volts)   | assert    |
      | 2 | Voltage sensor VBAT . Lower Critical going low (Reading 3.30 .lt Threshold 2.80 Volts)   | de-assert |
      | 3 | Temperature sensor CPU . Upper Critical going high (Reading 75 .gt Threshold 72 Degrees) | assert    |
      | 4 | Temperature sensor CPU . Upper Critical going high (Reading 70 .gt Threshold 72 Degrees) | de-assert |
      | 5 | Temperature sensor CPU . Upper Non-recoverable going high (Reading 92 .gt Threshold 89 Degrees) | assert |
      | 6 | Temperature sensor CPU . Upper Non-recoverable going high (Reading 85 .gt Threshold 89 Degrees) | de-assert |

  Scenario: Disk Drive Failure example
    "Ista generates a trap for a disk drive failure based on the following conditions for the smartd process:
    Severity of the message is crit."
    Given the log line "2012 Feb 29 12:05:01 myLuna daemon crit smartd[1234]: ***TEST : Device: /dev/sda, Temperature 45 Celsius reached limit of 44 Celsius (Min/Max 31/49)"
    When it is assessed
    Then a trap diskDriveAttentionNotify is sent with assert
    And it is a test event

  Scenario Outline: NTLS Failure example <n>: <message>
    "Ista generates a trap for an NTLS failure based on the following conditions for the NTLS process: Severity
    of the message is err. Severity of the message is crit."
    Given the log line "2012 Feb 29 12:05:01 myLuna local5 crit NTLS[1234]: ***TEST : <message>"
    When it is assessed
    Then a trap ntlAttentionNotify is sent with assert
    And it is a test event

    Examples:
      | n | message                                                                         |
      | 1 | error : 0xc0000002 : Unable to create a new connection.                         |
      | 2 | info : 0 : NTLS CRASH AND BURN! Stack dump saved to /var/log/ntls_bt_2012-02-29_12:05:01 |

  Scenario Outline: Crypto Failure example for <platform>: <message>
    Given the log line "2012 Feb 29 12:05:01 myLuna <facility> info <process>: ***TEST : <message>"
    When it is assessed
    Then a trap cryptoAttentionNotify is sent with assert
    And it is a test event

    Examples: Luna SA 5/6: "HSM crashed:" from the kernel, "30" from sysstatd
      | platform    | facility | process  | message                                          |
      | Luna SA 5/6 | kern     | kernel   | NOTE: viper0: hsm log: LOG(CRITICAL) HSM crashed: |
      | Luna SA 5/6 | user     | sysstatd | Luna System State Server - OOS Errors: 30,100,60! |

    Examples: Luna SA 7: "ALM" from the kernel
      | platform  | facility | process | message                           |
      | Luna SA 7 | kern     | kernel  | k7pf0: [HSM] ALM2007: HSM zeroized |

  Scenario: The same message without the test designator is a real event
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)"
    When it is assessed
    Then a trap fanAttentionNotify is sent with assert
    And it is not a test event

  Scenario: A test message is assessed like the real one
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: ***TEST : Fan sensor Fan3B . Lower Critical going low (Reading 0 .lt Threshold 2000 RPM)
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      """
    When they are assessed
    Then all lines are assessed alike
    And line 1 is a test event
    And line 2 is not a test event

  Scenario: The test designator with a sequence number (Configuring Trap Notification)
    Given the log line "2014 Apr 3 15:47:30 myLUT daemon notice ipmievd: ***TEST : SEQNO_10000 : Fan sensor Fan1A . Lower Critical going low (Reading 2000 .lt Threshold 2000 RPM)"
    When it is assessed
    Then a trap fanAttentionNotify is sent with assert
    And it is a test event
    And the field "sensor" is "Fan1A"

  Scenario: The log reference of a trap (Sub-System Log Reference)
    "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1] ... This information gives
    you what is needed to identify the specific log entry that led to the trap."
    Given the appliance "myLuna" has the address "192.168.0.101"
    And the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: ***TEST : Power Supply sensor PSU2_Status . - Failure detected Asserted"
    When it is assessed
    Then a trap powerSupplyAttentionNotify is sent with assert
    And the trap log reference is "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]"

  Scenario: A de-assert's log reference ends in 0
    Given the appliance "myLuna" has the address "192.168.0.101"
    And the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: Power Supply sensor PSU2_Status . - Failure detected Deasserted"
    When it is assessed
    Then the trap log reference is "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 0]"

  Scenario: An NTLS trap refers to lunalog, where NTLS logs (Chapter 4 > Network Trust Link Service)
    Given the appliance "myLuna" has the address "192.168.0.101"
    And the log line "2012 Feb 29 12:05:01 myLuna local5 err NTLS [1234]: error : 0xc0000002 : Unable to create a new connection."
    When it is assessed
    Then the trap log reference is "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / lunalog / NTLS[1234] / 1]"

  Scenario Outline: No trap: <why>
    Given the log line "<line>"
    When it is assessed
    Then no trap is sent

    Examples:
      | why                                                    | line                                                                                                                      |
      | a fan message from another process                     | 2012 Feb 29 12:05:01 myLuna local4 notice sysstatd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM) |
      | NTLS at warning, neither err nor crit                  | 2012 Feb 29 12:05:01 myLuna local5 warn NTLS [1234]: warning : 0 : Client command keepalive function is disabled : 192.168.0.100/40847 |
      | NTLS at info                                           | 2012 Feb 29 12:05:01 myLuna local5 info NTLS [1234]: info : 0 : Starting up NTLS.....                                      |
      | smartd at info                                         | 2012 Feb 29 12:05:01 myLuna daemon info smartd[1234]: Device: /dev/sda, Temperature changed +5 Celsius to 37 Celsius (Min/Max 26/37) |
      | sysstatd out of service without error 30 (Chapter 4)   | 2012 Feb 29 12:05:01 myLuna user info sysstatd: Luna System State Server - OOS Errors: 15,100,60!                           |
      | an IPMI start-up notice                                | 2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Waiting for events...                                                 |

  # Chapter 6 lists the sensors of each sub-system; Table 1 (Chapter 3) gives their types, units and thresholds.
  # The list writes "RAM TMax" and "3VMMain" where Table 1 has RAM_TMax and 3VMain; the table's names are what
  # ipmievd logs.
  Scenario Outline: Every sensor Chapter 6 names raises its sub-system's trap: <sensor>
    Given the log line "2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: <type> sensor <sensor> . <threshold> (Reading <reading> Threshold <value> <unit>)"
    When it is assessed
    Then the field "sensor" is "<sensor>"
    And a trap <trap> is sent with assert

    Examples: Fan Failure
      | sensor | type | threshold                       | reading | value | unit | trap               |
      | Fan1A  | Fan  | Lower Critical going low        | 1500 <  | 2000  | RPM  | fanAttentionNotify |
      | Fan1B  | Fan  | Lower Critical going low        | 1500 <  | 2000  | RPM  | fanAttentionNotify |
      | Fan2A  | Fan  | Lower Non-recoverable going low | 900 <   | 1000  | RPM  | fanAttentionNotify |
      | Fan2B  | Fan  | Lower Non-recoverable going low | 900 <   | 1000  | RPM  | fanAttentionNotify |
      | Fan3A  | Fan  | Lower Critical going low        | 1500 <  | 2000  | RPM  | fanAttentionNotify |
      | Fan3B  | Fan  | Lower Critical going low        | 1500 <  | 2000  | RPM  | fanAttentionNotify |

    Examples: Power Supply Failure
      | sensor          | type        | threshold                        | reading  | value  | unit    | trap                       |
      | PSU1_+12V_value | Voltage     | Upper Non-recoverable going high | 13.5 >   | 13.392 | Volts   | powerSupplyAttentionNotify |
      | PSU2_+12V_value | Voltage     | Lower Non-recoverable going low  | 11.0 <   | 11.232 | Volts   | powerSupplyAttentionNotify |
      | PSU2_Temp_value | Temperature | Upper Non-recoverable going high | 116 >    | 115    | Degrees | powerSupplyAttentionNotify |
      | PSU1 FAN_value  | Fan         | Lower Non-recoverable going low  | 200 <    | 300    | RPM     | powerSupplyAttentionNotify |
      | PSU2_FAN_value  | Fan         | Lower Non-recoverable going low  | 200 <    | 300    | RPM     | powerSupplyAttentionNotify |

    Examples: Motherboard Failure
      | sensor     | type        | threshold                        | reading | value | unit    | trap                       |
      | CPU        | Temperature | Upper Critical going high        | 75 >    | 72    | Degrees | motherboardAttentionNotify |
      | VRD        | Temperature | Upper Critical going high        | 91 >    | 90    | Degrees | motherboardAttentionNotify |
      | PCH        | Temperature | Upper Non-recoverable going high | 101 >   | 100   | Degrees | motherboardAttentionNotify |
      | Inlet      | Temperature | Upper Critical going high        | 40 >    | 39    | Degrees | motherboardAttentionNotify |
      | CHA DIMM 0 | Temperature | Upper Critical going high        | 88 >    | 87    | Degrees | motherboardAttentionNotify |
      | CHB DIMM 0 | Temperature | Upper Critical going high        | 88 >    | 87    | Degrees | motherboardAttentionNotify |
      | CHB_DIMM_2 | Temperature | Upper Critical going high        | 88 >    | 87    | Degrees | motherboardAttentionNotify |
      | RAM_TMax   | Temperature | Upper Critical going high        | 88 >    | 87    | Degrees | motherboardAttentionNotify |
      | CPU_VCORE  | Voltage     | Lower Critical going low         | 0.5 <   | 0.63  | Volts   | motherboardAttentionNotify |
      | VBAT       | Voltage     | Lower Critical going low         | 2.5 <   | 2.796 | Volts   | motherboardAttentionNotify |
      | 3VSB       | Voltage     | Upper Critical going high        | 3.6 >   | 3.492 | Volts   | motherboardAttentionNotify |
      | 3VMain     | Voltage     | Lower Critical going low         | 3.0 <   | 3.092 | Volts   | motherboardAttentionNotify |
      | +5V        | Voltage     | Upper Critical going high        | 5.4 >   | 5.304 | Volts   | motherboardAttentionNotify |
      | +12V       | Voltage     | Lower Critical going low         | 11.0 <  | 11.284 | Volts  | motherboardAttentionNotify |
