"""Skin lesion malignancy: frozen Swin embeddings + metadata → gradient boosting.

Post-diagnosis columns (biopsy_result, dermatologist_final_label) and the image id
are excluded from the features.
"""
import numpy as np
import pandas as pd
import torch
import timm
from torch.utils.data import Dataset, DataLoader
from PIL import Image
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

DEVICE = "cuda" if torch.cuda.is_available() else "cpu"
SITES = ["head/neck", "upper extremity", "lower extremity", "torso", "palms/soles", "oral/genital"]
DROP = ["image_id", "image_path", "patient_id", "biopsy_result", "dermatologist_final_label", "malignant"]


class Paths(Dataset):
    def __init__(self, paths, tf):
        self.paths, self.tf = list(paths), tf

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, i):
        return self.tf(Image.open(self.paths[i]).convert("RGB"))


@torch.no_grad()
def embed(model, tf, paths):
    return np.concatenate([model(x.to(DEVICE)).cpu().numpy() for x in DataLoader(Paths(paths, tf), batch_size=64, num_workers=6)])


def tabular(frame):
    t = frame.drop(columns=[c for c in DROP if c in frame.columns])
    t["sex"] = (t["sex"] == "male").astype(float)
    t["anatom_site"] = t["anatom_site"].map({s: i for i, s in enumerate(SITES)}).fillna(-1)
    return t.values.astype("float32")


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    print("tabular columns used:", [c for c in df.columns if c not in DROP])

    swin = timm.create_model("swin_tiny_patch4_window7_224", pretrained=True, num_classes=0).eval().to(DEVICE)
    tf = timm.data.create_transform(**timm.data.resolve_model_data_config(swin))

    X = np.hstack([embed(swin, tf, df["image_path"]), tabular(df)])
    X_sub = np.hstack([embed(swin, tf, sub["image_path"]), tabular(sub)])
    y = df["malignant"].values

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scoring = ["roc_auc", "average_precision", "balanced_accuracy"]
    models_ = {
        "baseline_dummy": DummyClassifier(strategy="prior"),
        "swin+meta_hgb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=31,
                                                        l2_regularization=1.0, class_weight="balanced", random_state=0),
    }
    for name, est in models_.items():
        res = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=1)
        print(name, " ".join(f"{s}={res['test_' + s].mean():.4f}" for s in scoring))

    final = models_["swin+meta_hgb"].fit(X, y)
    pd.DataFrame({"image_id": sub["image_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
