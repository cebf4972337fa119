@incidents
Feature: Incidents: lines that mean something together (knowledge/correlations)
  Some events are told by several lines: a fan that stops and spins again, a threshold crossed and then a worse
  one, a power supply that fails and comes back, a log disk filling up. hsmlog joins such lines into one
  incident, timed by the log's own clock.

  Scenario: A fan stops, then spins again (Chapter 3 > Threshold Events)
    "The first message is the event of the fan stopping. The second message is the fan speed going from very
    fast back to a normal range after it has become freed to spin again".
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 0 < Threshold 2000 RPM)
      2012 Feb 29 12:05:51 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)
      """
    When they are assessed
    Then an incident of kind "fan.stopped-then-recovered" joins lines 1 and 2
    And no incident of kind "threshold.persists" is reported

  Scenario: A threshold failure getting worse (Chapter 3 > Threshold Events)
    "The first represents a lower critical assertion going low; the second, a lower non-recoverable assertion
    going low."
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)
      2012 Feb 29 12:05:11 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)
      2012 Feb 29 12:05:21 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Non-recoverable going low (Reading 15900 < Threshold 1000 RPM)
      """
    When they are assessed
    Then an incident of kind "threshold.escalating" joins lines 1 and 2
    And the incident of kind "threshold.escalating" has priority "critical"

  Scenario: Two fans are two incidents, not one
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Fan sensor Fan3B . Lower Critical going low (Reading 1600 < Threshold 2000 RPM)
      2012 Feb 29 12:05:11 myLuna local4 notice ipmievd: Fan sensor Fan1A . Lower Non-recoverable going low (Reading 500 < Threshold 1000 RPM)
      """
    When they are assessed
    Then no incident of kind "threshold.escalating" is reported

  Scenario: A threshold still asserted when its window closes
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Temperature sensor CPU . Upper Critical going high (Reading 75 > Threshold 72 Degrees)
      2012 Feb 29 12:40:01 myLuna local4 notice ipmievd: Waiting for events...
      """
    When they are assessed
    Then an incident of kind "threshold.persists" is reported for line 1
    And the incident of kind "threshold.persists" has priority "high"

  Scenario: A threshold that de-asserts in time is not persisting
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Temperature sensor CPU . Upper Critical going high (Reading 75 > Threshold 72 Degrees)
      2012 Feb 29 12:07:01 myLuna local4 notice ipmievd: Temperature sensor CPU . Upper Critical going high (Reading 68 > Threshold 72 Degrees)
      2012 Feb 29 12:40:01 myLuna local4 notice ipmievd: Waiting for events...
      """
    When they are assessed
    Then no incident of kind "threshold.persists" is reported

  Scenario: A power supply fails, then is operational again (Compact Sensor Record Asserted/Deasserted)
    "the first log message indicates that PSU2 failed (e.g., A/C lost) while the second message indicates that
    PSU2 once again became operational"
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU2_Status . - Failure detected Asserted
      2012 Feb 29 12:15:01 myLuna local4 notice ipmievd: Power Supply sensor PSU2_Status . - Failure detected Deasserted
      """
    When they are assessed
    Then an incident of kind "power-supply.failed-then-restored" joins lines 1 and 2
    And no incident of kind "power-supply.still-failed" is reported

  Scenario: A power supply fails and stays failed
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Power Supply sensor PSU2_Status . - Failure detected Asserted
      2012 Feb 29 14:05:01 myLuna local4 notice ipmievd: Waiting for events...
      """
    When they are assessed
    Then an incident of kind "power-supply.still-failed" is reported for line 1
    And the incident of kind "power-supply.still-failed" has priority "high"

  Scenario: The SEL buffer fills up, then overflows
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 warning ipmiev: SEL buffer used at 85%, please consider clearing the SEL buffer
      2012 Feb 29 15:05:01 myLuna local4 alert ipmiev: SEL buffer overflow, no SEL message can be logged until the SEL buffer is cleared
      """
    When they are assessed
    Then an incident of kind "sel.filling-up" joins lines 1 and 2

  Scenario: The log disk fills up until NTLS is stopped (Chapter 4 > cron & crontab > Disk Filling)
    Given the log lines:
      """
      2012 Feb 29 12:00:00 myLuna  syslog warn  crontab: DISK FULL: WARNING! First log threshold reached 75%. Please clean up the logs using the "syslog cleanup" command
      2012 Mar  1 12:00:00 myLuna  syslog alert crontab: DISK FULL: WARNING! Second log threshold reached 90% policy: tarlogs_cleanup.
      2012 Mar  2 12:00:00 myLuna  syslog emerg crontab: DISK FULL: EMERGENCY! Third log threshold reached 95%. Stopping NTLS
      2012 Mar  2 12:00:05 myLuna local5 info NTLS [1234]: info : 0 : Shutting down NTLS....
      """
    When they are assessed
    Then an incident of kind "disk.filling-up" joins lines 1 and 3
    And the incident of kind "disk.filling-up" has priority "critical"
    And an incident of kind "disk.ntls-stopped" joins lines 3 and 4

  Scenario: A received trap is joined with the log line it refers to (Chapter 6 > Sub-System Log Reference)
    "This information gives you what is needed to identify the specific log entry that led to the trap."
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd[1234]: Power Supply sensor PSU2_Status . - Failure detected Asserted
      SAFENET-APPLIANCE-MIB::powerSupplyAttentionNotify, SAFENET-APPLIANCE-MIB::ssLogReference = [myLuna:192.168.0.101 / 2012 Feb 29 12:05:01 / messages / ipmievd[1234] / 1]
      """
    When they are assessed
    Then an incident of kind "trap.log-record" joins lines 1 and 2

  Scenario: Five failed SSH passwords from one address within minutes
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna authpriv info  sshd[1234]: Failed password for admin from 192.168.0.100 port 1615 ssh2
      2012 Feb 29 12:05:11 myLuna authpriv info  sshd[1234]: Failed password for admin from 192.168.0.100 port 1616 ssh2
      2012 Feb 29 12:05:21 myLuna authpriv info  sshd[1234]: Failed password for monitor from 192.168.0.100 port 1617 ssh2
      2012 Feb 29 12:05:31 myLuna authpriv info  sshd[1234]: Failed password for admin from 192.168.0.100 port 1618 ssh2
      2012 Feb 29 12:05:41 myLuna authpriv info  sshd[1234]: Failed password for operator from 192.168.0.100 port 1619 ssh2
      """
    When they are assessed
    Then an incident of kind "ssh.repeated-failures-from-client" joins lines 1 and 5
    And the incident of kind "ssh.repeated-failures-from-client" has priority "high"

  Scenario: One mistyped SSH password is not an incident
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna authpriv info  sshd[1234]: Failed password for admin from 192.168.0.100 port 1615 ssh2
      2012 Feb 29 12:05:09 myLuna authpriv info  sshd[1234]: Accepted password for admin from 192.168.0.100 port 1616 ssh2
      """
    When they are assessed
    Then no incident is reported

  Scenario: The HSM zeroized after bad admin logins (Chapter 4 > Token State and Login Errors)
    "HSM Zeroized due to three consecutive bad login attempts."
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local5 warn lunash [1234]: HSM Admin Login: incorrect password or PED key
      2012 Feb 29 12:06:01 myLuna local5 warn lunash [1234]: HSM Admin Login: incorrect password or PED key
      2012 Feb 29 12:07:01 myLuna local5 warn lunash [1234]: HSM Admin Login: HSM Zeroized due to three consecutive bad login attempts.
      """
    When they are assessed
    Then an incident of kind "hsm.admin-login.one-attempt-left" joins lines 1 and 2
    And an incident of kind "hsm.zeroized-after-bad-logins" joins lines 1 and 3
    And the incident of kind "hsm.zeroized-after-bad-logins" has priority "critical"

  Scenario: Routine lines make no incident
    Given the log lines:
      """
      2012 Feb 29 12:05:01 myLuna local4 notice ipmievd: Reading sensors...
      2012 Feb 29 12:05:02 myLuna local4 notice ipmievd: Waiting for events...
      2012 Feb 29 12:05:03 myLuna user notice root: Starting snmpd
      """
    When they are assessed
    Then no incident is reported
