"""Churn - interpretable logistic model (statsmodels).

The brief asks for a model the retention team can read, so this is a plain
logit with a handful of engineered terms. Coefficients are reported as odds
ratios. Model quality is summarised with ROC-AUC and log-loss, compared with a
constant (prior) baseline.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import log_loss, roc_auc_score

TARGET = "churned_next_month"

FORMULA = (
    f"{TARGET} ~ C(plan) + C(region) + np.log1p(tenure_months) + monthly_spend"
    " + logins_30d + I(logins_30d == 0) + support_tickets_30d"
    " + np.minimum(days_since_last_login, 60)"
)


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df["logins_30d"] = df["logins_30d"].fillna(0)
    df["days_since_last_login"] = df["days_since_last_login"].fillna(60)
    df["support_tickets_30d"] = df["support_tickets_30d"].fillna(0)
    return df


def odds_ratio_table(result):
    ci = result.conf_int()
    table = pd.DataFrame(
        {
            "odds_ratio": np.exp(result.params),
            "ci_low": np.exp(ci[0]),
            "ci_high": np.exp(ci[1]),
            "p_value": result.pvalues,
        }
    )
    return table.sort_values("p_value")


def main():
    train = load("train.csv")
    test = load("test.csv")
    print(f"{len(train)} snapshots, {train['customer_id'].nunique()} customers, "
          f"churn rate {train[TARGET].mean():.3%}")

    model = smf.logit(FORMULA, data=train).fit(disp=False, maxiter=200)
    print(model.summary2().tables[0])
    print(odds_ratio_table(model).round(3).to_string())

    fitted = model.predict(train)
    prior = np.full(len(train), train[TARGET].mean())
    print("\n                 ROC-AUC   log-loss")
    print(f"prior baseline   {roc_auc_score(train[TARGET], prior):.4f}    {log_loss(train[TARGET], prior):.4f}")
    print(f"logit            {roc_auc_score(train[TARGET], fitted):.4f}    {log_loss(train[TARGET], fitted):.4f}")
    print(f"McFadden pseudo-R2: {model.prsquared:.4f}")

    pred = model.predict(test).clip(0, 1)
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
