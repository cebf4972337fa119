@snmp
Feature: SNMP: walks, traps received, and the SNMP daemon (Chapter 2, Chapter 3 > SNMP, Chapter 6)
  An SNMP manager walks the appliance's MIBs and receives its traps. Staff paste snmpwalk output and the lines
  snmptrapd's trap handler logged; hsmlog reads them as it reads the appliance's own logs.

  Scenario: The SNMP daemon starting (Chapter 3 > SNMP)
    Given the log line "2012 Feb 29 12:05:01 myLuna user notice root: Starting snmpd"
    When it is assessed
    Then the component is "snmp"
    And it is in group "expected"
    And the title is "Starting Daemon"
    And the meaning contains "This message indicates that the SNMP daemon is being started."
    And the priority is "info"

  Scenario: A healthy walk of the Chrysalis-UTSP MIB (Chapter 2)
    Given the SNMP walk output:
      """
      CHRYSALIS-UTSP-MIB::hsmOperationRequests.0 = Counter64: 3858380
      CHRYSALIS-UTSP-MIB::hsmOperationErrors.0 = Counter64: 385838
      CHRYSALIS-UTSP-MIB::hsmCriticalEvents.0 = Counter64: 0
      CHRYSALIS-UTSP-MIB::hsmNonCriticalEvents.0 = Counter64: 5
      CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = INTEGER: up(1)
      CHRYSALIS-UTSP-MIB::ntlsConnectedClients.0 = Gauge32: 0
      CHRYSALIS-UTSP-MIB::ntlsLinks.0 = Gauge32: 0
      CHRYSALIS-UTSP-MIB::ntlsSuccessfulClientConnections.0 = Counter64: 16571615927115620
      CHRYSALIS-UTSP-MIB::ntlsFailedClientConnections.0 = Counter64: 1657161592711562
      """
    When the walk is assessed
    Then each line has one assessment
    And line 1 source is "snmp-walk"
    And line 5 SNMP object is "ntlsOperStatus"
    And line 5 SNMP value is "up(1)"
    And line 5 priority is "info"

  Scenario Outline: NTLS is not up: ntlsOperStatus <value>
    "ntlsOperStatus: The current operational status of the NTL service, where the options are: 1 = up, 2 = not
    running, and 3 = status cannot be determined."
    Given the SNMP walk output:
      """
      CHRYSALIS-UTSP-MIB::ntlsOperStatus.0 = INTEGER: <value>
      """
    When the walk is assessed
    Then the SNMP object is "ntlsOperStatus"
    And the meaning contains "<meaning>"
    And the priority is at least "high"
    And no trap is sent

    Examples:
      | value         | meaning                        |
      | notRunning(2) | not running                    |
      | 2             | not running                    |
      | unknown(3)    | status cannot be determined    |
      | 3             | status cannot be determined    |

  Scenario: The guide's printing of the walk, as bullets and with ntIs for ntls
    Given the SNMP walk output:
      """
      - > CHRYSALIS-UTSP-MIB::ntIsOperStatus.0 = INTEGER: up(1)
      """
    When the walk is assessed
    Then the source is "snmp-walk"
    And the SNMP object is "ntlsOperStatus"
    And the SNMP value is "up(1)"

  Scenario: ntlCertExpireNotification has no value (Chapter 2 > HSM MIB)
    "In the current implementation, the object ntlCertExpireNotification has no value. If you query this object,
    the response is Snmp No Such Object."
    Given the SNMP walk output:
      """
      SAFENET-HSM-MIB::ntlCertExpireNotification.0 = No Such Object available on this agent at this OID
      """
    When the walk is assessed
    Then the source is "snmp-walk"
    And the SNMP object is "ntlCertExpireNotification"
    And the meaning contains "ntlCertExpireNotification has no value"
    And the priority is "info"

  Scenario: A fan trap as snmptrapd's trap handler logs it (Chapter 6 > Configuring Trap Notification)
    Given the received trap:
      """
      a Fan trap from host=<UNKNOWN> at IP UDP: [192.168.0.58]:47478->[192.168.0.100]:162 vars=system.sysUpTime.sysUpTimeInstance = 0:0:28:12.33,
      .iso.org.dod.internet.snmpV2.snmpModules.snmpMIB.snmpMIBObjects.snmpTrap.snmpTrapOID.0 = enterprises.safenet-inc.safenetRoot.luna.appliance.ssTraps.fanAttentionNotify,
      enterprises.safenet-inc.safenetRoot.luna.appliance.ssTraps.ssLogReference = [myLUT:192.168.0.58 / messages / 2014 Apr 3 15:47:30 / ipmievd / 1]
      """
    When the trap is assessed
    Then the source is "snmp-trap"
    And the received trap is fanAttentionNotify with assert
    And the received trap refers to "[myLUT:192.168.0.58 / messages / 2014 Apr 3 15:47:30 / ipmievd / 1]"

  Scenario: A power supply trap as the guide prints the packet (Sub-System Log Reference)
    Given the received trap:
      """
      SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]
      """
    When the trap is assessed
    Then the source is "snmp-trap"
    And the received trap is powerSupplyAttentionNotify with assert
    And the received trap refers to "[myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]"
    And the priority is at least "medium"

  Scenario: A de-assert trap received
    Given the received trap:
      """
      SAFENET-APPLIANCE-MIB::fanAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = [myLuna:192.168.0.101 / 2012 Feb 29 12:05:21 / messages / ipmievd / 0]
      """
    When the trap is assessed
    Then the received trap is fanAttentionNotify with de-assert

  Scenario: A trap and the log line it refers to tell the same event
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: Power Supply sensor PSU2_Status . - Failure detected Asserted
      SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]
      """
    When they are assessed
    Then a trap powerSupplyAttentionNotify is sent for line 1 with assert
    And line 2 received trap is powerSupplyAttentionNotify with assert
