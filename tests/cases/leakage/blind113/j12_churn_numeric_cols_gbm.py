# churn_model.py - candidate submission
# usage: python churn_model.py

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
SEED = 2024


def read_data():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    print(tr.shape, te.shape)
    print(tr.dtypes)
    print(tr[TARGET].value_counts())
    return tr, te


def features(df):
    # numeric columns + a couple of ratios
    X = df.drop(columns=[TARGET, "customer_id", "snapshot_month"], errors="ignore")
    X = X.select_dtypes("number").copy()
    X["charges_x_failures"] = df["monthly_charges"] * df["payment_failures_90d"]
    X["logins_per_ticket"] = df["logins_30d"] / (df["support_tickets_30d"] + 1)
    return X.fillna(0)


def holdout_split(df, frac=0.2, first_valid_month="2024-07"):
    rng = np.random.RandomState(SEED)
    cust = df["customer_id"].drop_duplicates().values
    valid_cust = rng.choice(cust, int(len(cust) * frac), replace=False)
    in_valid = df["customer_id"].isin(valid_cust)
    late = df["snapshot_month"].str[:7] >= first_valid_month
    return df[~in_valid & ~late], df[in_valid & late]


def report(name, y, p):
    print(f"{name:10s} auc={roc_auc_score(y, p):.4f} ap={average_precision_score(y, p):.4f} "
          f"brier={brier_score_loss(y, p):.4f}")


def main():
    train, test = read_data()
    fit_part, valid_part = holdout_split(train)
    print("fit", fit_part.shape, "valid", valid_part.shape)

    X_fit, y_fit = features(fit_part), fit_part[TARGET]
    X_val, y_val = features(valid_part), valid_part[TARGET]
    print("n features:", X_fit.shape[1], list(X_fit.columns))

    base = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
    report("prior", y_val, base.predict_proba(X_val)[:, 1])

    gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                     subsample=0.8, random_state=SEED)
    gbm.fit(X_fit, y_fit)
    report("gbm", y_val, gbm.predict_proba(X_val)[:, 1])

    imp = pd.Series(gbm.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
    print(imp.head(10))

    # final: all of train.csv
    gbm.fit(features(train), train[TARGET])
    X_test = features(test).reindex(columns=X_fit.columns, fill_value=0)
    pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "prediction": gbm.predict_proba(X_test)[:, 1],
    }).to_csv("predictions.csv", index=False)
    print("done")


if __name__ == "__main__":
    main()
