import json

import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
TIME_COL = task["time_column"]
CUSTOMER = task["group_column"]
ID_COL = task["id_column"]
EXCLUDE = [TARGET, TIME_COL, CUSTOMER, ID_COL, *task["leaky_columns"]]
VALID_FROM = "2024-08"
RNG = np.random.default_rng(2024)


def encode(df):
    df = df.copy()
    df["autopay"] = df["autopay"].astype(int)
    df = pd.get_dummies(df, columns=["plan", "region", "contract_type"], drop_first=True, dtype=float)
    df["log_charges"] = np.log1p(df["monthly_charges"])
    return df


def customer_holdout(df, share=0.3):
    """Hold out a random 30% of customers and keep only their Aug-Sep rows."""
    customers = df[CUSTOMER].unique()
    held = set(RNG.choice(customers, size=int(len(customers) * share), replace=False))
    is_held = df[CUSTOMER].isin(held)
    month = df[TIME_COL].str[:7]
    fit_idx = df.index[~is_held & (month < VALID_FROM)]
    val_idx = df.index[is_held & (month >= VALID_FROM)]
    return fit_idx, val_idx


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print(train.shape, test.shape, "positive rate:", round(train[TARGET].mean(), 4))
    print(train.isna().mean().sort_values(ascending=False).head(8))

    enc_train, enc_test = encode(train), encode(test)
    features = [c for c in enc_train.columns if c not in EXCLUDE]
    enc_test = enc_test.reindex(columns=enc_train.columns, fill_value=0.0)

    imputer = SimpleImputer(strategy="median")
    scaler = StandardScaler()
    X_all = scaler.fit_transform(imputer.fit_transform(enc_train[features]))
    X_all = pd.DataFrame(X_all, columns=features, index=enc_train.index)
    y_all = train[TARGET]

    fit_idx, val_idx = customer_holdout(train)
    print("fit:", len(fit_idx), "val:", len(val_idx))

    baseline_auc = roc_auc_score(y_all[val_idx], X_all.loc[val_idx, "tenure_months"] * -1)
    print("baseline (shorter tenure = riskier) AUC:", round(baseline_auc, 4))

    clf = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
    clf.fit(X_all.loc[fit_idx], y_all[fit_idx])
    val_auc = roc_auc_score(y_all[val_idx], clf.predict_proba(X_all.loc[val_idx])[:, 1])
    print(f"logreg val AUC {val_auc:.4f}")

    clf = LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000)
    clf.fit(X_all, y_all)
    coefs = pd.Series(clf.coef_[0], index=features).sort_values()
    print(coefs.head(5), coefs.tail(5), sep="\n")

    X_test = scaler.transform(imputer.transform(enc_test[features]))
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"roc_auc": round(val_auc, 4)}, f)


if __name__ == "__main__":
    main()
