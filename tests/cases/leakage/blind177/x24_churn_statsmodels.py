"""Churn: interpretable logistic regression with statsmodels.

I wanted coefficients the retention team can read, so this is a plain logit
with a handful of transformed features rather than a boosted model.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = "2024-07-01"
FORMULA = (
    "churned_next_month ~ np.log1p(tenure_months) + monthly_charges + has_discount"
    " + np.log1p(logins_30d) + np.log1p(days_since_last_login) + support_tickets_30d"
    " + payment_failures_90d + C(plan) + C(region)"
)


def clean(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    # days_since_last_login has gaps for some months: take it from the customer's
    # neighbouring snapshot, and treat customers with no value at all as long inactive
    df["days_since_last_login"] = df.groupby("customer_id")["days_since_last_login"].bfill()
    df["days_since_last_login"] = df["days_since_last_login"].fillna(90)
    df["logins_30d"] = df["logins_30d"].fillna(0)
    df["support_tickets_30d"] = df["support_tickets_30d"].fillna(0)
    return df.sort_index()


def split(df):
    past = df[df["snapshot_month"] < CUTOFF]
    future = df[df["snapshot_month"] >= CUTOFF]
    future = future[~future["customer_id"].isin(past["customer_id"])]
    return past, future


def odds_table(result):
    ci = result.conf_int()
    table = pd.DataFrame({
        "odds_ratio": np.exp(result.params),
        "ci_low": np.exp(ci[0]),
        "ci_high": np.exp(ci[1]),
        "p_value": result.pvalues,
    })
    return table.round(3)


def main():
    train = clean(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
    test = clean(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))

    past, future = split(train)
    print(f"fit on {len(past)} rows up to {past.snapshot_month.max().date()}, "
          f"validate on {len(future)} rows of {future.customer_id.nunique()} new customers")

    res = smf.logit(FORMULA, data=past).fit(disp=False, maxiter=200)
    print(res.summary())
    print(odds_table(res))

    p = res.predict(future)
    prior = np.full(len(future), past[TARGET].mean())
    print(f"logit          AUC {roc_auc_score(future[TARGET], p):.4f}  AP {average_precision_score(future[TARGET], p):.4f}")
    print(f"prior baseline AUC {roc_auc_score(future[TARGET], prior):.4f}  AP {average_precision_score(future[TARGET], prior):.4f}")

    # top-decile lift: share of churners among the 10% highest scores
    top = future.assign(p=p).nlargest(max(1, len(future) // 10), "p")
    print(f"churn rate in top decile {top[TARGET].mean():.3f} vs overall {future[TARGET].mean():.3f}")

    final = smf.logit(FORMULA, data=train).fit(disp=False, maxiter=200)
    pred = final.predict(test).clip(0, 1)
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
