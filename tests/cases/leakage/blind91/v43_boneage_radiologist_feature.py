"""Bone age: frozen ConvNeXt embeddings + clinical covariates → ridge regression.

Covariates: sex, chronological age and the radiologist's Greulich-Pyle reading.
Grouped 5-fold CV on patient_id (follow-up scans stay in one fold).
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import RidgeCV
from sklearn.dummy import DummyRegressor

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
COVARIATES = ["is_male", "chronological_age_months", "radiologist_bone_age"]


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


def design(frame, emb):
    cov = frame.assign(is_male=frame["sex"].eq("M").astype(float))[COVARIATES]
    return pd.concat([pd.DataFrame(emb, index=frame.index).add_prefix("emb_"), cov], axis=1)


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    net = timm.create_model("convnext_small.fb_in22k_ft_in1k", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(net))

    X = design(df, embed(net, tf, df["image_path"]))
    X_sub = design(sub, embed(net, tf, sub["image_path"]))
    y = df["bone_age_months"].values

    emb_cols = [c for c in X.columns if c.startswith("emb_")]
    pre = ColumnTransformer([("emb", StandardScaler(), emb_cols), ("cov", StandardScaler(), COVARIATES)])
    model = make_pipeline(pre, RidgeCV(alphas=np.logspace(-2, 3, 12)))

    cv = GroupKFold(n_splits=5)
    scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}
    for name, est in [("DummyRegressor(mean)", DummyRegressor()), ("convnext + covariates ridge", model)]:
        res = cross_validate(est, X, y, groups=df["patient_id"], cv=cv, scoring=scoring)
        print(f"{name:28s} MAE {-res['test_mae'].mean():6.2f}  RMSE {-res['test_rmse'].mean():6.2f}  R2 {res['test_r2'].mean():.3f}")

    model.fit(X, y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": model.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
