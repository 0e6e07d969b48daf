-- AlterTable
ALTER TABLE "ThreatModel" ADD COLUMN     "rulesRevision" INTEGER,
ADD COLUMN     "rulesRunAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Threat" ADD COLUMN     "rationale" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "references" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'manual',
ADD COLUMN     "triggerRetiredAt" TIMESTAMP(3),
ALTER COLUMN "status" SET DEFAULT 'identified';

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "threatId" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "explanation" TEXT NOT NULL,
    "path" JSONB NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'open',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "dismissReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "acceptedThreatId" TEXT,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Suggestion_modelId_status_active_idx" ON "Suggestion"("modelId", "status", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_modelId_fingerprint_key" ON "Suggestion"("modelId", "fingerprint");

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "ThreatModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_acceptedThreatId_fkey" FOREIGN KEY ("acceptedThreatId") REFERENCES "Threat"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Data: the register's first status is "identified" (v1 used "open").
UPDATE "Threat" SET "status" = 'identified' WHERE "status" = 'open';
