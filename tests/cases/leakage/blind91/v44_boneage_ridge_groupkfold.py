"""Bone age: frozen ConvNeXt embeddings + sex + chronological age → PCA + ridge.

Scaling and PCA are inside the Pipeline, refitted per fold; folds are grouped by
patient so a child's follow-up scans never straddle train and validation.
The radiologist's own bone-age reading is not used.
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
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.dummy import DummyRegressor

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Xrays(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.no_grad()
def embed(net, tf, paths):
    return np.concatenate([net(x.to(DEVICE)).cpu().numpy() for x in DataLoader(Xrays(paths, tf), batch_size=48, num_workers=6)])


def features(frame, emb):
    extra = np.column_stack([frame["sex"].eq("M").astype(float), frame["chronological_age_months"].astype(float)])
    return np.hstack([emb, extra])


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    net = timm.create_model("convnext_small.fb_in22k_ft_in1k", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(net))

    X = features(df, embed(net, tf, df["image_path"]))
    X_sub = features(sub, embed(net, tf, sub["image_path"]))
    y = df["bone_age_months"].values
    groups = df["patient_id"].values

    pipe = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=256, random_state=0)), ("ridge", Ridge(alpha=10.0))])
    cv = GroupKFold(n_splits=5)
    scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}

    results = {}
    for name, est in [("baseline: DummyRegressor(mean)", DummyRegressor(strategy="mean")),
                      ("baseline: DummyRegressor(median)", DummyRegressor(strategy="median")),
                      ("convnext + PCA + ridge", pipe)]:
        res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
        results[name] = {"MAE": -res["test_mae"].mean(), "MAE_sd": res["test_mae"].std(), "R2": res["test_r2"].mean()}
    print(pd.DataFrame(results).T.round(3))

    pipe.fit(X, y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": pipe.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
