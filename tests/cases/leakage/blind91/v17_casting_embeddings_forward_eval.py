"""Casting defects: DINO-style frozen ViT features + linear probe.

Evaluation is forward in time: the probe is fitted on parts produced before the
cut-off and scored on later parts from batches it has not seen.
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class PathDataset(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.inference_mode()
def embed(backbone, tf, paths, bs=64):
    return np.concatenate([backbone(x.to(DEVICE)).cpu().numpy()
                           for x in DataLoader(PathDataset(paths, tf), batch_size=bs, num_workers=4)])


def forward_split(df, quantile=0.8):
    cutoff = df["production_date"].quantile(quantile)
    past = df[df["production_date"] < cutoff]
    future = df[(df["production_date"] >= cutoff) & ~df["batch_id"].isin(set(past["batch_id"]))]
    return past, future, cutoff


def main():
    df = pd.read_csv("train.csv", parse_dates=["production_date"])
    sub = pd.read_csv("test.csv")

    backbone = timm.create_model("vit_small_patch16_224.dino", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(backbone))

    past, future, cutoff = forward_split(df)
    print(f"cut-off {cutoff.date()}: {len(past)} past images, {len(future)} future images from unseen batches")

    X_past = embed(backbone, tf, past["image_path"])
    X_future = embed(backbone, tf, future["image_path"])
    y_past, y_future = past["defective"].values, future["defective"].values

    probe = make_pipeline(StandardScaler(), PCA(n_components=128, random_state=0),
                          LogisticRegression(C=0.1, class_weight="balanced", max_iter=5000))
    probe.fit(X_past, y_past)
    p_future = probe.predict_proba(X_future)[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(X_past, y_past)
    p_dummy = dummy.predict_proba(X_future)[:, 1]

    rows = []
    for name, p in [("baseline_prior", p_dummy), ("vit_dino_probe", p_future)]:
        rows.append({"model": name, "roc_auc": roc_auc_score(y_future, p),
                     "avg_precision": average_precision_score(y_future, p), "brier": brier_score_loss(y_future, p)})
    print(pd.DataFrame(rows).round(4).to_string(index=False))

    X_all = np.vstack([X_past, X_future])
    y_all = np.concatenate([y_past, y_future])
    probe.fit(X_all, y_all)
    X_sub = embed(backbone, tf, sub["image_path"])
    pd.DataFrame({"image_id": sub["image_id"], "prediction": probe.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
