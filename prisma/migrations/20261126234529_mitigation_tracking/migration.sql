-- AlterTable
ALTER TABLE "Mitigation" ADD COLUMN     "evidenceLinks" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ThreatMitigation" ADD COLUMN     "impactReduction" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "likelihoodReduction" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ThreatStatusChange" (
    "id" TEXT NOT NULL,
    "threatId" TEXT NOT NULL,
    "actorId" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ThreatStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ThreatStatusChange_threatId_createdAt_idx" ON "ThreatStatusChange"("threatId", "createdAt");

-- AddForeignKey
ALTER TABLE "ThreatStatusChange" ADD CONSTRAINT "ThreatStatusChange_threatId_fkey" FOREIGN KEY ("threatId") REFERENCES "Threat"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThreatStatusChange" ADD CONSTRAINT "ThreatStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
