"""
Upgrade propensity (next 30 days) - LightGBM.

Validation design
-----------------
Rows are monthly snapshots of accounts, so the same account shows up many times and
later snapshots know more about it. The holdout is therefore:
  * a random 20% of accounts, never used for fitting, and
  * only their snapshots on/after CUTOFF, while fitting uses snapshots strictly before CUTOFF.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

TARGET = "upgraded_next_30d"
ID = "snapshot_id"
LEAKY = ["upgraded_plan_name", "days_to_upgrade"]  # filled in only after an upgrade happened
CUTOFF = pd.Timestamp("2023-07-01")
SEED = 17


def read_data():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
    print(tr.shape, te.shape, "positive rate", round(tr[TARGET].mean(), 4))
    return tr, te


def make_features(df):
    out = pd.DataFrame(index=df.index)
    out["seats"] = df["seats"]
    out["mau"] = df["monthly_active_users"]
    out["mau_per_seat"] = df["monthly_active_users"] / df["seats"].clip(lower=1)
    out["logins_30d"] = df["logins_30d"]
    out["logins_per_user"] = df["logins_30d"] / df["monthly_active_users"].clip(lower=1)
    out["feature_usage_score"] = df["feature_usage_score"]
    out["support_tickets_30d"] = df["support_tickets_30d"]
    out["tenure_months"] = df["tenure_months"]
    out["mrr"] = df["mrr"]
    out["mrr_per_seat"] = df["mrr"] / df["seats"].clip(lower=1)
    out["days_since_last_login"] = df["days_since_last_login"]
    out["trial_user"] = df["trial_user"]
    out["month"] = df["snapshot_date"].dt.month
    out = out.join(pd.get_dummies(df[["plan_tier", "billing_country"]], dtype=int))
    return out


def split(df):
    rng = np.random.default_rng(SEED)
    accounts = df["account_id"].drop_duplicates().to_numpy()
    held = rng.choice(accounts, size=int(0.2 * len(accounts)), replace=False)
    is_held = df["account_id"].isin(held)
    fit_idx = df.index[~is_held & (df["snapshot_date"] < CUTOFF)]
    val_idx = df.index[is_held & (df["snapshot_date"] >= CUTOFF)]
    return fit_idx, val_idx


def summarize(name, y, p):
    print(f"{name:<12} ROC-AUC {roc_auc_score(y, p):.4f}  PR-AUC {average_precision_score(y, p):.4f}  "
          f"logloss {log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)):.4f}")


def main():
    train, test = read_data()
    X = make_features(train)
    X_test = make_features(test).reindex(columns=X.columns, fill_value=0)
    y = train[TARGET]
    assert not set(LEAKY) & set(X.columns)

    fit_idx, val_idx = split(train)
    print(f"fit {len(fit_idx)} rows, valid {len(val_idx)} rows, "
          f"valid positive rate {y.loc[val_idx].mean():.3f}")

    prior = DummyClassifier(strategy="prior").fit(X.loc[fit_idx], y.loc[fit_idx])
    summarize("prior", y.loc[val_idx], prior.predict_proba(X.loc[val_idx])[:, 1])

    params = dict(
        n_estimators=600,
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=40,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        reg_lambda=1.0,
        random_state=SEED,
        verbose=-1,
    )
    clf = lgb.LGBMClassifier(**params)
    clf.fit(X.loc[fit_idx], y.loc[fit_idx])
    p_val = clf.predict_proba(X.loc[val_idx])[:, 1]
    summarize("lightgbm", y.loc[val_idx], p_val)

    # precision in the top decile - what the sales team would actually call
    top = pd.Series(p_val, index=val_idx).nlargest(len(val_idx) // 10).index
    print("precision@top10%:", round(y.loc[top].mean(), 3))

    imp = pd.Series(clf.booster_.feature_importance("gain"), index=X.columns)
    print(imp.sort_values(ascending=False).head(10).round(0))

    final = lgb.LGBMClassifier(**params).fit(X, y)
    pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
        "predictions.csv", index=False
    )
    print("saved predictions.csv")


if __name__ == "__main__":
    main()
