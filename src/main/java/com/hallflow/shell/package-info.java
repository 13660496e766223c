/**
 * The application frame around every view: the layout with its menu and header, the home
 * page and the error pages.
 */
package com.hallflow.shell;
