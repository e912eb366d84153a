"""Churn snapshots -- LightGBM (lgb.train) with imputed usage columns.

Usage columns (sessions, logins, tickets) are missing for a chunk of snapshots
where the usage export failed; I fill them so the ratio features are defined.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

TARGET = "churned_next_month"
USAGE = ["avg_session_minutes", "days_since_last_login", "support_tickets_30d", "late_payments_3m"]
CATS = ["plan_type", "contract_type", "region", "payment_method"]
NUMS = ["tenure_months", "monthly_charges", "total_charges", "num_products", "discount_pct"] + USAGE


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return tr, te


def add_ratios(d):
    d["session_per_product"] = d["avg_session_minutes"] / d["num_products"].clip(lower=1)
    d["tickets_per_tenure"] = d["support_tickets_30d"] / d["tenure_months"].clip(lower=1)
    d["login_gap_log"] = np.log1p(d["days_since_last_login"])
    d["month"] = d["snapshot_month"].dt.month
    return d


def split(d, cutoff, seed=0):
    """Holdout customers after the cutoff vs. training customers before it."""
    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=seed)
    a, b = next(gss.split(d, groups=d["customer_id"]))
    left, right = d.iloc[a], d.iloc[b]
    return left[left["snapshot_month"] < cutoff], right[right["snapshot_month"] >= cutoff]


def main():
    df, sub = load()
    print(df.shape, sub.shape, "churn rate", round(df[TARGET].mean(), 4))
    print(df[USAGE].isna().mean())

    for c in CATS:
        df[c] = df[c].astype("category")
        sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)

    months = np.sort(df["snapshot_month"].unique())
    dev, hold = split(df, cutoff=months[-3])
    fit, val = split(dev, cutoff=months[-6], seed=1)
    print("fit", len(fit), "val", len(val), "hold", len(hold))

    fill_values = fit[USAGE].median()
    fit, val, hold = fit.copy(), val.copy(), hold.copy()
    for part in (fit, val, hold, sub):
        part["usage_missing"] = part["avg_session_minutes"].isna().astype(int)
        part[USAGE] = part[USAGE].fillna(fill_values)
    fit, val, hold, sub = (add_ratios(x) for x in (fit, val, hold, sub))

    features = NUMS + CATS + ["usage_missing", "session_per_product", "tickets_per_tenure",
                              "login_gap_log", "month"]

    params = {
        "objective": "binary",
        "metric": ["auc", "binary_logloss"],
        "learning_rate": 0.03,
        "num_leaves": 24,
        "min_data_in_leaf": 120,
        "feature_fraction": 0.85,
        "lambda_l1": 1.0,
        "scale_pos_weight": 4.0,
        "verbose": -1,
    }
    dfit = lgb.Dataset(fit[features], fit[TARGET], categorical_feature=CATS)
    dval = lgb.Dataset(val[features], val[TARGET], reference=dfit)
    model = lgb.train(params, dfit, num_boost_round=4000, valid_sets=[dfit, dval],
                      valid_names=["fit", "val"],
                      callbacks=[lgb.early_stopping(200, first_metric_only=True),
                                 lgb.log_evaluation(250)])

    y = hold[TARGET].to_numpy()
    p = model.predict(hold[features], num_iteration=model.best_iteration)
    base = np.full_like(p, fit[TARGET].mean())
    print(f"baseline (fit prior): AUC {roc_auc_score(y, base):.4f}  AP {average_precision_score(y, base):.4f}")
    print(f"lightgbm            : AUC {roc_auc_score(y, p):.4f}  AP {average_precision_score(y, p):.4f}")
    flag = p >= np.quantile(p, 0.9)
    print(f"top decile: precision {precision_score(y, flag):.3f} recall {recall_score(y, flag):.3f}")

    imp = pd.Series(model.feature_importance(importance_type="gain"), index=features)
    print(imp.sort_values(ascending=False).head(12).round(1))

    pd.DataFrame({"snapshot_id": sub["snapshot_id"],
                  "prediction": model.predict(sub[features], num_iteration=model.best_iteration)}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
