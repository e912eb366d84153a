"""Plant disease: frozen ConvNeXt embeddings + (scale → SelectKBest → logistic regression).

Feature selection and scaling live inside the Pipeline so each CV fold refits them
on its own training part.
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate, GridSearchCV

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class ImagePaths(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.no_grad()
def embed(model, tf, paths):
    return np.concatenate([model(x.to(DEVICE)).cpu().numpy()
                           for x in DataLoader(ImagePaths(paths, tf), batch_size=128, num_workers=8)])


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    model = timm.create_model("convnext_tiny.fb_in22k", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(model))
    X = embed(model, tf, df["image_path"])
    X_sub = embed(model, tf, sub["image_path"])
    y = df["disease"].values

    pipe = Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif)),
        ("clf", LogisticRegression(max_iter=5000)),
    ])
    grid = {"select__k": [100, 200, 400], "clf__C": [0.1, 1.0]}
    inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=1)
    outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
    search = GridSearchCV(pipe, grid, cv=inner, scoring="f1_macro", n_jobs=-1)

    scoring = ["accuracy", "f1_macro"]
    nested = cross_validate(search, X, y, cv=outer, scoring=scoring)
    dummy = cross_validate(DummyClassifier(strategy="most_frequent"), X, y, cv=outer, scoring=scoring)
    for name, res in [("DummyClassifier(most_frequent)", dummy), ("embeddings + SelectKBest + logreg", nested)]:
        print(f"{name:36s} acc {res['test_accuracy'].mean():.4f} ± {res['test_accuracy'].std():.4f}  "
              f"macro-F1 {res['test_f1_macro'].mean():.4f}")

    search.fit(X, y)
    print("chosen params:", search.best_params_)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": search.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
