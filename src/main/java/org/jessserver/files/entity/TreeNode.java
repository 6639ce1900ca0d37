package org.jessserver.files.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One file or folder of the upload area in JESS's tree form; the keys and their order are as JESS sends them. */
@JsonbPropertyOrder({"fileName", "open", "nocheck", "fileSize", "children", "name"})
public record TreeNode(String fileName, boolean open, boolean nocheck, long fileSize, List<TreeNode> children,
        String name) {
}
