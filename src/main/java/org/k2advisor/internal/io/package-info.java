/**
 * Files written whole or not at all: a temporary file beside the target, moved into place when
 * complete. Shared by the interview's saved answers and the batch's reports. Not API.
 */
package org.k2advisor.internal.io;
