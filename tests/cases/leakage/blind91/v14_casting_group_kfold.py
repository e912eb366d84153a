"""Frozen EfficientNet features + logistic regression for casting defects.

Images of one production batch look alike (same mould, same lighting), so the
cross-validation keeps whole batches together.
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Images(Dataset):
    def __init__(self, paths, transform):
        self.paths, self.transform = list(paths), transform

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.transform(Image.open(self.paths[i]).convert("RGB"))


def extract(model, transform, paths):
    loader = DataLoader(Images(paths, transform), batch_size=64, num_workers=4)
    feats = []
    with torch.inference_mode():
        for x in loader:
            feats.append(model(x.to(DEVICE)).cpu().numpy())
    return np.vstack(feats)


def main():
    df = pd.read_csv("train.csv", parse_dates=["production_date"])
    test_df = pd.read_csv("test.csv", parse_dates=["production_date"])

    backbone = timm.create_model("efficientnet_b2", pretrained=True, num_classes=0).eval().to(DEVICE)
    cfg = timm.data.resolve_model_data_config(backbone)
    transform = timm.data.create_transform(**cfg, is_training=False)

    X = extract(backbone, transform, df["image_path"])
    X_test = extract(backbone, transform, test_df["image_path"])
    y = df["defective"].values
    groups = df["batch_id"].values
    np.save("casting_feats.npy", X)

    cv = GroupKFold(n_splits=5)
    scoring = ["roc_auc", "average_precision", "f1"]
    model = Pipeline([
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000)),
    ])
    baseline = DummyClassifier(strategy="prior")

    for name, est in [("dummy prior", baseline), ("effnet-b2 + logreg", model)]:
        res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
        print(name, {k: round(res[f"test_{k}"].mean(), 4) for k in scoring})

    model.fit(X, y)
    pd.DataFrame({"image_id": test_df["image_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
