"""
Customer churn - CatBoost with customer-grouped cross-validation.

Several snapshots belong to the same customer, so I use GroupKFold on
customer_id: a customer is never in the training and the validation fold at
the same time. CatBoost handles plan/region natively.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
CUSTOMER = "customer_id"
DATE = "snapshot_month"
CAT_FEATURES = ["plan", "region"]
DO_NOT_USE = [TARGET, ID_COL, CUSTOMER, DATE,
              "retention_offer_accepted", "account_closed_date_known"]


def load():
    train = pd.read_csv("train.csv", parse_dates=[DATE])
    test = pd.read_csv("test.csv", parse_dates=[DATE])
    return train, test


def engineer(df, region_rate, plan_rate):
    out = df.copy()
    out["month_num"] = out[DATE].dt.month
    out["is_new"] = (out["tenure_months"] <= 3).astype(int)
    out["failures_per_ticket"] = out["payment_failures_90d"] / (out["support_tickets_30d"] + 1)
    out["region_churn_rate"] = out["region"].map(region_rate)
    out["plan_churn_rate"] = out["plan"].map(plan_rate)
    return out


def cv_scores(X, y, groups, make_model, n_splits=5):
    gkf = GroupKFold(n_splits=n_splits)
    aucs, losses = [], []
    for tr, va in gkf.split(X, y, groups=groups):
        model = make_model()
        model.fit(X.iloc[tr], y.iloc[tr])
        p = model.predict_proba(X.iloc[va])[:, 1]
        aucs.append(roc_auc_score(y.iloc[va], p))
        losses.append(log_loss(y.iloc[va], p))
    return np.array(aucs), np.array(losses)


def catboost_model():
    return CatBoostClassifier(
        iterations=600,
        depth=6,
        learning_rate=0.05,
        l2_leaf_reg=5,
        auto_class_weights="SqrtBalanced",
        cat_features=CAT_FEATURES,
        random_seed=42,
        verbose=0,
    )


def main():
    train, test = load()
    print(train.shape, test.shape, train[TARGET].mean())

    # regional / plan churn levels, useful context for the model
    region_rate = train.groupby("region")[TARGET].mean()
    plan_rate = train.groupby("plan")[TARGET].mean()
    print(region_rate, plan_rate, sep="\n")

    train = engineer(train, region_rate, plan_rate)
    test = engineer(test, region_rate, plan_rate)

    features = [c for c in train.columns if c not in DO_NOT_USE]
    X, y, groups = train[features], train[TARGET], train[CUSTOMER]

    base_auc, base_loss = cv_scores(X, y, groups, lambda: DummyClassifier(strategy="prior"))
    cb_auc, cb_loss = cv_scores(X, y, groups, catboost_model)
    print(f"dummy    AUC {base_auc.mean():.4f} +/- {base_auc.std():.4f}   logloss {base_loss.mean():.4f}")
    print(f"catboost AUC {cb_auc.mean():.4f} +/- {cb_auc.std():.4f}   logloss {cb_loss.mean():.4f}")

    final = catboost_model()
    final.fit(X, y)
    print(final.get_feature_importance(prettified=True).head(10))

    pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(test[features])[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
