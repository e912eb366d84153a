"""Lead conversion scoring - LightGBM.

RevOps take-home. Reads the CRM lead export, trains a gradient-boosted model
and writes predictions.csv for the test leads.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

TARGET = "converted"
DROP = ["lead_id", "account_id", "opportunity_stage", "close_reason", "contract_value", TARGET]
CATS = ["lead_source", "industry", "employee_band", "country", "job_title_level"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for c in CATS:
        train[c] = train[c].astype("category")
        test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
    return train, test


def lift_table(y, p, n_bins=10):
    df = pd.DataFrame({"y": y, "p": p}).sort_values("p", ascending=False).reset_index(drop=True)
    df["bin"] = df.index * n_bins // len(df) + 1
    out = df.groupby("bin")["y"].agg(["count", "sum", "mean"])
    out["lift"] = out["mean"] / df["y"].mean()
    out["cum_capture"] = out["sum"].cumsum() / df["y"].sum()
    return out


def main():
    train, test = load()
    print(f"train rows: {len(train):,}  accounts: {train['account_id'].nunique():,}")
    print(f"conversion rate: {train[TARGET].mean():.2%}")

    features = [c for c in train.columns if c not in DROP]
    X, y = train[features], train[TARGET]

    X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

    params = dict(
        objective="binary",
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=40,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        scale_pos_weight=3.0,
        n_estimators=600,
        verbose=-1,
    )
    model = lgb.LGBMClassifier(**params)
    model.fit(X_tr, y_tr, categorical_feature=CATS)

    p_val = model.predict_proba(X_val)[:, 1]
    print(f"val ROC AUC : {roc_auc_score(y_val, p_val):.4f}")
    print(f"val PR AUC  : {average_precision_score(y_val, p_val):.4f}")

    prec, rec, thr = precision_recall_curve(y_val, p_val)
    f1 = 2 * prec * rec / np.clip(prec + rec, 1e-9, None)
    print(f"best F1 on val: {f1.max():.3f}")

    print(lift_table(y_val.values, p_val).round(3))

    imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
    print("\ntop features:\n", imp.head(10))

    model.fit(X, y, categorical_feature=CATS)
    preds = model.predict_proba(test[features])[:, 1]
    pd.DataFrame({"lead_id": test["lead_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
