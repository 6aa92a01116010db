package depparse

import (
	"crypto/sha256"
	"encoding/hex"
)

// ModelVersion names the parser's weights embedded in the binary by the
// first 12 hex digits of the SHA-256 of their file (weights.bin).
func ModelVersion() string {
	h := sha256.Sum256(embedded)
	return "sha256:" + hex.EncodeToString(h[:6])
}
