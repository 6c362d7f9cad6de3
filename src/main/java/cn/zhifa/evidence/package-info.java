/**
 * 证据库 — the evidence vault: streamed, SHA-256-addressed, write-once storage of evidence files with their metadata,
 * chain of custody and access recorded in the case record, and the audio-video gates on acts that need 音像记录.
 */
package cn.zhifa.evidence;
