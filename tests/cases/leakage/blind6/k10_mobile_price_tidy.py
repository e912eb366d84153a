"""Mobile price range classifier.

Tidy version of the notebook: configuration in one place, every model is a
Pipeline so that scaling / PCA are learned inside each training fold.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


@dataclass
class Config:
    path: str = "data/mobile_price/train.csv"
    target: str = "price_range"
    test_size: float = 0.2
    seed: int = 7
    folds: int = 5


CFG = Config()


def load(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path)
    print(f"loaded {df.shape[0]} rows x {df.shape[1]} cols")
    print(df[cfg.target].value_counts().sort_index())
    return df


def clean(df: pd.DataFrame) -> pd.DataFrame:
    # impossible specs (0 px height / 0 cm screen width) are data-entry errors
    df = df[(df["px_height"] > 0) & (df["sc_w"] > 0)].copy()
    df["px_area"] = df["px_height"] * df["px_width"]
    df["screen_area"] = df["sc_h"] * df["sc_w"]
    df["ppi_proxy"] = np.sqrt(df["px_area"]) / np.sqrt(df["screen_area"])
    df["talk_per_mah"] = df["talk_time"] / df["battery_power"]
    df["cams"] = df["fc"] + df["pc"]
    return df


def eda(df: pd.DataFrame, target: str) -> None:
    print(df.describe().T[["mean", "std", "min", "max"]])
    corr = df.corr(numeric_only=True)[target].drop(target).sort_values()
    print("correlation with target (EDA only):")
    print(corr.tail(8))
    print(df.groupby(target)[["ram", "battery_power", "px_area"]].median())


def build_models(seed: int) -> dict:
    return {
        "logreg": Pipeline([("sc", StandardScaler()),
                            ("clf", LogisticRegression(max_iter=2000))]),
        "logreg_pca": Pipeline([("sc", StandardScaler()),
                                ("pca", PCA(n_components=0.95, random_state=seed)),
                                ("clf", LogisticRegression(max_iter=2000))]),
        "knn": Pipeline([("sc", StandardScaler()),
                         ("clf", KNeighborsClassifier(n_neighbors=9))]),
        "svc_linear": Pipeline([("sc", StandardScaler()),
                                ("clf", SVC(kernel="linear", C=1.0))]),
        "rf": RandomForestClassifier(n_estimators=300, random_state=seed),
        "gb": GradientBoostingClassifier(random_state=seed),
    }


def main(cfg: Config = CFG) -> None:
    df = clean(load(cfg))
    eda(df, cfg.target)

    X = df.drop(columns=[cfg.target])
    y = df[cfg.target]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg.test_size, random_state=cfg.seed, stratify=y)

    cv = StratifiedKFold(n_splits=cfg.folds, shuffle=True, random_state=cfg.seed)
    results = {}
    for name, model in build_models(cfg.seed).items():
        scores = cross_val_score(model, X_train, y_train, cv=cv, scoring="accuracy")
        results[name] = scores.mean()
        print(f"{name:12s} {scores.mean():.4f} +/- {scores.std():.4f}")

    best = max(results, key=results.get)
    print(f"selected by CV: {best}")

    model = build_models(cfg.seed)[best]
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"held-out accuracy: {accuracy_score(y_test, pred):.4f}")
    print(classification_report(y_test, pred, digits=3))
    print(confusion_matrix(y_test, pred))


if __name__ == "__main__":
    main()
