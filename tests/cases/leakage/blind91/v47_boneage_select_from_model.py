"""Bone age regression with sparse embedding selection.

1. DenseNet-121 embeddings (1024-d) for every hand radiograph
2. Lasso-based SelectFromModel keeps the informative dimensions
3. Support vector regression evaluated with patient-grouped 5-fold CV
"""
import numpy as np
import pandas as pd
import torch
from torch.utils.data import Dataset, DataLoader
from torchvision import models
from PIL import Image
from sklearn.feature_selection import SelectFromModel
from sklearn.linear_model import LassoCV
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.svm import SVR
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"


class Radiographs(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


def densenet_embeddings(paths):
    weights = models.DenseNet121_Weights.IMAGENET1K_V1
    net = models.densenet121(weights=weights)
    net.classifier = torch.nn.Identity()
    net.eval().to(DEVICE)
    loader = DataLoader(Radiographs(paths, weights.transforms()), batch_size=48, num_workers=6)
    with torch.no_grad():
        return np.concatenate([net(x.to(DEVICE)).cpu().numpy() for x in loader])


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    E = densenet_embeddings(df["image_path"])
    E_sub = densenet_embeddings(sub["image_path"])
    y = df["bone_age_months"].values

    lasso = LassoCV(cv=5, n_alphas=30, max_iter=20000, random_state=0).fit(E, y)
    selector = SelectFromModel(lasso, prefit=True)
    keep = selector.get_support()
    print(f"Lasso alpha={lasso.alpha_:.4f}, kept {keep.sum()} of {keep.size} dimensions")

    male = df["sex"].eq("M").astype(float).values[:, None]
    X = np.hstack([E[:, keep], male])
    X_sub = np.hstack([E_sub[:, keep], sub["sex"].eq("M").astype(float).values[:, None]])

    model = make_pipeline(StandardScaler(), SVR(C=30.0, epsilon=2.0, gamma="scale"))
    oof = cross_val_predict(model, X, y, groups=df["patient_id"], cv=GroupKFold(n_splits=5))
    print(f"CV MAE  {mean_absolute_error(y, oof):.2f} months")
    print(f"CV RMSE {mean_squared_error(y, oof) ** 0.5:.2f} months")
    print(f"CV R2   {r2_score(y, oof):.3f}")

    model.fit(X, y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": model.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
