package org.policyops.core.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.dto.DTOConstants;
import org.osgi.service.jaxrs.runtime.dto.FailedExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.FailedResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

class WhiteboardRepairTest {

    private static FailedResourceDTO resource(long id, int reason) {
        FailedResourceDTO f = new FailedResourceDTO();
        f.serviceId = id;
        f.failureReason = reason;
        return f;
    }

    private static FailedExtensionDTO extension(long id, int reason) {
        FailedExtensionDTO f = new FailedExtensionDTO();
        f.serviceId = id;
        f.failureReason = reason;
        return f;
    }

    @Test
    void onlyServicesFailedWithoutAReasonGetAnotherTry() {
        RuntimeDTO dto = new RuntimeDTO();
        dto.failedResourceDTOs = new FailedResourceDTO[] { resource(163, DTOConstants.FAILURE_REASON_UNKNOWN),
                resource(170, DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE) };
        dto.failedExtensionDTOs = new FailedExtensionDTO[] { extension(90, DTOConstants.FAILURE_REASON_UNKNOWN),
                extension(91, DTOConstants.FAILURE_REASON_NOT_AN_EXTENSION_TYPE) };
        assertEquals(List.of(163L, 90L), WhiteboardRepair.failedWithoutReason(dto));
    }

    @Test
    void nothingFailedOrNoRuntimeMeansNothingToDo() {
        assertEquals(List.of(), WhiteboardRepair.failedWithoutReason(new RuntimeDTO()));
        assertEquals(List.of(), WhiteboardRepair.failedWithoutReason(null));
    }
}
