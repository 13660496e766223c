package com.hallflow.flowexecution;

public enum SessionStatus {

	IN_PROGRESS, ENDED, ABANDONED

}
