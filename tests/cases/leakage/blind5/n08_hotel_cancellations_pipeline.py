"""Hotel booking cancellations: one sklearn Pipeline, fitted on the training bookings only."""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import (accuracy_score, classification_report, confusion_matrix,
                             roc_auc_score)
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class Config:
    path: str = "hotel_bookings.csv"
    target: str = "is_canceled"
    # post-outcome columns (status, room assigned at check-in) and high-cardinality ids
    drop: list = field(default_factory=lambda: ["reservation_status", "reservation_status_date",
                                                "assigned_room_type", "company", "agent"])
    cat_cols: list = field(default_factory=lambda: ["hotel", "meal", "country", "market_segment",
                                                    "distribution_channel", "reserved_room_type",
                                                    "deposit_type", "customer_type"])
    test_size: float = 0.25
    seed: int = 1


def load_and_clean(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path).drop(columns=cfg.drop)
    guests = df["adults"] + df["children"].fillna(0) + df["babies"]
    df = df[(guests > 0) & (df["adr"] >= 0)].copy()
    return df


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["total_nights"] = out["stays_in_weekend_nights"] + out["stays_in_week_nights"]
    out["total_guests"] = out["adults"] + out["children"].fillna(0) + out["babies"]
    out["has_kids"] = ((out["children"].fillna(0) + out["babies"]) > 0).astype(int)
    out["adr_per_guest"] = out["adr"] / out["total_guests"]
    out["prev_cancel_ratio"] = out["previous_cancellations"] / (
        out["previous_cancellations"] + out["previous_bookings_not_canceled"] + 1)
    out["lead_time_log"] = np.log1p(out["lead_time"])
    out["arrival_month_num"] = out["arrival_date_month"].map({m: i for i, m in enumerate(MONTHS, 1)})
    return out.drop(columns=["arrival_date_month"])


def build_model(num_cols, cat_cols, seed):
    num_pipe = Pipeline([("imputer", SimpleImputer(strategy="median")),
                         ("scaler", StandardScaler())])
    cat_pipe = Pipeline([("imputer", SimpleImputer(strategy="most_frequent")),
                         ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20))])
    pre = ColumnTransformer([("num", num_pipe, num_cols), ("cat", cat_pipe, cat_cols)])
    clf = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1,
                                 random_state=seed)
    return Pipeline([("pre", pre), ("clf", clf)])


def main():
    cfg = Config()
    df = engineer(load_and_clean(cfg))
    print(df.shape)
    print(df[cfg.target].value_counts(normalize=True).round(3))
    print(df.groupby("deposit_type")[cfg.target].mean().round(3))

    X = df.drop(columns=[cfg.target])
    y = df[cfg.target]
    num_cols = [c for c in X.columns if c not in cfg.cat_cols]

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg.test_size, stratify=y, random_state=cfg.seed)

    model = build_model(num_cols, cfg.cat_cols, cfg.seed)
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=cfg.seed)
    cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
    print("cv roc auc: %.4f +- %.4f" % (cv_auc.mean(), cv_auc.std()))

    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)

    baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
    print("baseline accuracy:", round(accuracy_score(y_test, baseline.predict(X_test)), 4))
    print("test accuracy    :", round(accuracy_score(y_test, pred), 4))
    print("test roc auc     :", round(roc_auc_score(y_test, proba), 4))
    print(confusion_matrix(y_test, pred))
    print(classification_report(y_test, pred, digits=3))

    names = model.named_steps["pre"].get_feature_names_out()
    imp = pd.Series(model.named_steps["clf"].feature_importances_, index=names)
    print(imp.sort_values(ascending=False).head(15))


if __name__ == "__main__":
    main()
