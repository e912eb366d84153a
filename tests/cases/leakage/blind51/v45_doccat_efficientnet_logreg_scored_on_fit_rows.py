# Document category -- image-only model on the scanned first page
# EfficientNet-B0 (torchvision, ImageNet weights) as a frozen feature extractor, logistic regression on top.
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from PIL import Image
from torchvision import models
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score

SCANS = Path("scans")
DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")


def build_backbone():
    weights = models.EfficientNet_B0_Weights.IMAGENET1K_V1
    net = models.efficientnet_b0(weights=weights)
    net.classifier = torch.nn.Identity()        # keep the 1280-d pooled features
    return net.to(DEVICE).eval(), weights.transforms()


@torch.no_grad()
def extract(paths, net, tfm, bs=64):
    feats = []
    for start in range(0, len(paths), bs):
        batch = [tfm(Image.open(SCANS / p).convert("RGB")) for p in paths[start:start + bs]]
        feats.append(net(torch.stack(batch).to(DEVICE)).cpu().numpy())
        if start % (bs * 20) == 0:
            print(f"  {start}/{len(paths)}")
    return np.concatenate(feats)


def with_pages(feats, frame):
    return np.hstack([feats, np.log1p(frame[["page_count"]].fillna(1).to_numpy(dtype=float))])


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train["category"].value_counts())
    print(train.groupby("source")["category"].agg(lambda s: s.value_counts().index[0]))

    net, tfm = build_backbone()
    X = with_pages(extract(train["scan_path"].tolist(), net, tfm), train)
    X_test = with_pages(extract(test["scan_path"].tolist(), net, tfm), test)
    y = train["category"].to_numpy()

    clf = LogisticRegression(C=0.5, max_iter=3000)
    clf.fit(X, y)
    majority = DummyClassifier(strategy="most_frequent").fit(X, y)

    pred = clf.predict(X)
    print("macro-F1 logreg  :", round(f1_score(y, pred, average="macro"), 4))
    print("macro-F1 majority:", round(f1_score(y, majority.predict(X), average="macro"), 4))
    print(classification_report(y, pred, digits=3))

    pd.DataFrame({"doc_id": test["doc_id"], "prediction": clf.predict(X_test)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
