-- AlterTable
ALTER TABLE "ThreatModel" ADD COLUMN     "eventSeq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Snapshot" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'manual',
ADD COLUMN     "summary" JSONB;

-- CreateTable
CREATE TABLE "ModelEvent" (
    "modelId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "actorId" TEXT,
    "clientId" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "graphRevision" INTEGER,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelEvent_pkey" PRIMARY KEY ("modelId","seq")
);

-- CreateTable
CREATE TABLE "Presence" (
    "connectionId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "instanceId" TEXT NOT NULL,
    "view" TEXT NOT NULL DEFAULT '',
    "editingType" TEXT,
    "editingId" TEXT,
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("connectionId")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "agendaMode" TEXT NOT NULL DEFAULT 'flow',
    "agenda" JSONB NOT NULL,
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "stageStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeboxMinutes" INTEGER NOT NULL DEFAULT 10,
    "facilitatorId" TEXT,
    "baselineSnapshotId" TEXT,
    "snapshotId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAttendee" (
    "workshopId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopAttendee_pkey" PRIMARY KEY ("workshopId","userId")
);

-- CreateTable
CREATE TABLE "WorkshopVote" (
    "workshopId" TEXT NOT NULL,
    "threatId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopVote_pkey" PRIMARY KEY ("workshopId","threatId","userId")
);

-- CreateTable
CREATE TABLE "WorkshopReveal" (
    "workshopId" TEXT NOT NULL,
    "threatId" TEXT NOT NULL,
    "likelihood" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "voteCount" INTEGER NOT NULL,
    "revealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopReveal_pkey" PRIMARY KEY ("workshopId","threatId")
);

-- CreateTable
CREATE TABLE "ParkingLotItem" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "workshopId" TEXT,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ParkingLotItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopDecision" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModelEvent_modelId_graphRevision_idx" ON "ModelEvent"("modelId", "graphRevision");

-- CreateIndex
CREATE INDEX "Presence_modelId_lastSeen_idx" ON "Presence"("modelId", "lastSeen");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_snapshotId_key" ON "Workshop"("snapshotId");

-- CreateIndex
CREATE INDEX "Workshop_modelId_startedAt_idx" ON "Workshop"("modelId", "startedAt");

-- CreateIndex
CREATE INDEX "ParkingLotItem_modelId_createdAt_idx" ON "ParkingLotItem"("modelId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkshopDecision_workshopId_createdAt_idx" ON "WorkshopDecision"("workshopId", "createdAt");

-- AddForeignKey
ALTER TABLE "ModelEvent" ADD CONSTRAINT "ModelEvent_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ThreatModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelEvent" ADD CONSTRAINT "ModelEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ThreatModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ThreatModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendee" ADD CONSTRAINT "WorkshopAttendee_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAttendee" ADD CONSTRAINT "WorkshopAttendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopVote" ADD CONSTRAINT "WorkshopVote_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopVote" ADD CONSTRAINT "WorkshopVote_threatId_fkey" FOREIGN KEY ("threatId") REFERENCES "Threat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopVote" ADD CONSTRAINT "WorkshopVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopReveal" ADD CONSTRAINT "WorkshopReveal_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopReveal" ADD CONSTRAINT "WorkshopReveal_threatId_fkey" FOREIGN KEY ("threatId") REFERENCES "Threat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingLotItem" ADD CONSTRAINT "ParkingLotItem_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ThreatModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingLotItem" ADD CONSTRAINT "ParkingLotItem_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParkingLotItem" ADD CONSTRAINT "ParkingLotItem_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopDecision" ADD CONSTRAINT "WorkshopDecision_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopDecision" ADD CONSTRAINT "WorkshopDecision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Live change feed: every committed ModelEvent wakes every app instance (LISTEN threatline_model_events).
-- The payload is only "<modelId>:<seq>"; instances read the rows themselves (NOTIFY payloads are
-- limited to 8 kB and delivered only on commit, in commit order).
CREATE FUNCTION "threatline_notify_model_event"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('threatline_model_events', NEW."modelId" || ':' || NEW."seq");
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ModelEvent_notify" AFTER INSERT ON "ModelEvent"
  FOR EACH ROW EXECUTE FUNCTION "threatline_notify_model_event"();
