-- CreateIndex
CREATE INDEX "LedgerEntry_relatedEntryId_idx" ON "LedgerEntry"("relatedEntryId");

-- CreateIndex
CREATE INDEX "LedgerEntry_deviceId_idx" ON "LedgerEntry"("deviceId");

-- CreateIndex
CREATE INDEX "Login_deviceId_idx" ON "Login"("deviceId");

-- CreateIndex
CREATE INDEX "SecurityEvent_deviceId_idx" ON "SecurityEvent"("deviceId");

