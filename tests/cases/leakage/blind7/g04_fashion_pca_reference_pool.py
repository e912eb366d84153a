"""Fashion item classifier on PCA features.

The PCA basis is learned once from `catalogue_pool.csv`, an unlabeled crawl of
product thumbnails from the partner catalogue (no overlap with the labelled
set). It is saved with the model so that the same projection is used at
serving time. The labelled set is split afterwards.
"""
import json
import os

import joblib
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier

CONFIG = {
    "labelled_path": "data/fashion_labelled.csv",
    "pool_path": "data/catalogue_pool.csv",
    "n_components": 80,
    "test_size": 0.2,
    "seed": 11,
    "out_dir": "models/fashion_pca",
}

LABELS = {
    0: "tshirt", 1: "trouser", 2: "pullover", 3: "dress", 4: "coat",
    5: "sandal", 6: "shirt", 7: "sneaker", 8: "bag", 9: "ankle_boot",
}


def pixel_columns(frame):
    return [c for c in frame.columns if c.startswith("pixel")]


def to_unit(frame):
    return frame[pixel_columns(frame)].to_numpy(dtype="float32") / 255.0


def flip_images(X):
    imgs = X.reshape(-1, 28, 28)[:, :, ::-1]
    return imgs.reshape(len(X), -1)


def fit_projection(pool_pixels, n_components, seed):
    scaler = StandardScaler()
    pool_scaled = scaler.fit_transform(pool_pixels)
    pca = PCA(n_components=n_components, random_state=seed)
    pca.fit(pool_scaled)
    print("explained variance (pool): %.3f" % pca.explained_variance_ratio_.sum())
    return scaler, pca


def project(scaler, pca, X):
    return pca.transform(scaler.transform(X))


def main(cfg):
    os.makedirs(cfg["out_dir"], exist_ok=True)

    pool = pd.read_csv(cfg["pool_path"])
    labelled = pd.read_csv(cfg["labelled_path"])
    print("pool:", pool.shape, "labelled:", labelled.shape)
    assert "label" not in pool.columns
    print(labelled["label"].map(LABELS).value_counts())

    scaler, pca = fit_projection(to_unit(pool), cfg["n_components"], cfg["seed"])

    X = to_unit(labelled)
    y = labelled["label"].to_numpy()
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg["test_size"], random_state=cfg["seed"], stratify=y
    )

    X_fit, X_val, y_fit, y_val = train_test_split(
        X_train, y_train, test_size=0.15, random_state=cfg["seed"], stratify=y_train
    )

    def augment(X_part, y_part):
        # mirror augmentation, applied to training images only
        return np.vstack([X_part, flip_images(X_part)]), np.concatenate([y_part, y_part])

    X_fit_aug, y_fit_aug = augment(X_fit, y_fit)
    Z_fit = project(scaler, pca, X_fit_aug)
    Z_val = project(scaler, pca, X_val)

    candidates = {
        "logreg": LogisticRegression(max_iter=2000, C=0.5),
        "svc_rbf": SVC(C=5.0, gamma="scale"),
    }
    val_scores = {}
    for name, clf in candidates.items():
        clf.fit(Z_fit, y_fit_aug)
        val_scores[name] = f1_score(y_val, clf.predict(Z_val), average="macro")
        print(f"{name}: validation macro-F1 {val_scores[name]:.4f}")

    best_name = max(val_scores, key=val_scores.get)
    best = candidates[best_name]
    X_train_aug, y_train_aug = augment(X_train, y_train)
    Z_train = project(scaler, pca, X_train_aug)
    Z_test = project(scaler, pca, X_test)
    best.fit(Z_train, y_train_aug)

    dummy = DummyClassifier(strategy="most_frequent").fit(Z_train, y_train_aug)
    test_pred = best.predict(Z_test)
    report = {
        "model": best_name,
        "test_accuracy": accuracy_score(y_test, test_pred),
        "test_macro_f1": f1_score(y_test, test_pred, average="macro"),
        "dummy_accuracy": accuracy_score(y_test, dummy.predict(Z_test)),
    }
    print(classification_report(y_test, test_pred, target_names=list(LABELS.values())))
    print(json.dumps(report, indent=2))

    joblib.dump({"scaler": scaler, "pca": pca, "model": best}, os.path.join(cfg["out_dir"], "bundle.joblib"))
    with open(os.path.join(cfg["out_dir"], "report.json"), "w") as fh:
        json.dump(report, fh, indent=2)


if __name__ == "__main__":
    main(CONFIG)
