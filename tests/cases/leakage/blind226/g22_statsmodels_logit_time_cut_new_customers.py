"""
Churn take-home: interpretable logit (statsmodels) on snapshot + history features.

I care about the coefficients for the memo, so statsmodels rather than sklearn.
Evaluation is out-of-time *and* out-of-customer: fit on Jan-Jun snapshots, score
Jul-Sep snapshots of customers that have no Jan-Jun snapshot (test.csv holds other
customers, so scoring people the model already saw would flatter it).
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
FIT_END = "2024-06"


def load(path):
    d = pd.read_csv(path)
    d = d.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
    return d


def design(d):
    g = d.groupby("customer_id")
    out = pd.DataFrame(index=d.index)
    out["log_charges"] = np.log1p(d["monthly_charges"])
    out["log_tenure"] = np.log1p(d["tenure_months"])
    out["usage"] = d["usage_hours"].clip(upper=300) / 100
    out["tickets"] = d["support_tickets"].clip(upper=10)
    out["failures"] = d["payment_failures"].clip(upper=5)
    prev_usage = g["usage_hours"].shift(1)
    out["usage_drop_pct"] = ((prev_usage - d["usage_hours"]) / (prev_usage + 1)).fillna(0).clip(-2, 2)
    out["had_failure_before"] = g["payment_failures"].transform(lambda s: s.shift(1).cummax()).fillna(0).gt(0).astype(int)
    out["first_month"] = (g.cumcount() == 0).astype(int)
    out["plan_premium"] = (d["plan"] == "premium").astype(int)
    out["plan_standard"] = (d["plan"] == "standard").astype(int)
    return sm.add_constant(out, has_constant="add")


def evaluate(y, p, label):
    return {"model": label,
            "roc_auc": roc_auc_score(y, p),
            "avg_precision": average_precision_score(y, p),
            "brier": brier_score_loss(y, p)}


def main():
    train = load("train.csv")
    test = load("test.csv")
    X = design(train)
    y = train[TARGET]

    fit_mask = train["snapshot_month"] <= FIT_END
    fit_customers = train.loc[fit_mask, "customer_id"].unique()
    eval_mask = ~fit_mask & ~train["customer_id"].isin(fit_customers)
    print(f"fit: {fit_mask.sum()} rows ({train.loc[fit_mask, 'snapshot_month'].nunique()} months), "
          f"eval: {eval_mask.sum()} rows from {train.loc[eval_mask, 'customer_id'].nunique()} new customers")

    logit = sm.Logit(y[fit_mask], X[fit_mask]).fit(disp=False, maxiter=200)
    print(logit.summary2().tables[1][["Coef.", "Std.Err.", "P>|z|"]].round(3))

    p_model = logit.predict(X[eval_mask])
    p_base = np.repeat(y[fit_mask].mean(), eval_mask.sum())
    report = pd.DataFrame([evaluate(y[eval_mask], p_base, "baseline: training churn rate"),
                           evaluate(y[eval_mask], p_model, "logit")]).set_index("model")
    print(report.round(4))

    # calibration by month on the evaluation window
    cal = pd.DataFrame({"month": train.loc[eval_mask, "snapshot_month"], "y": y[eval_mask], "p": p_model})
    print(cal.groupby("month")[["y", "p"]].mean().round(4))

    # submission: refit on all of Jan-Sep
    final = sm.Logit(y, X).fit(disp=False, maxiter=200)
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(design(test))}) \
        .to_csv("predictions.csv", index=False)

    odds = np.exp(logit.params.drop("const")).sort_values()
    print("\nMEMO")
    print(f"Out-of-time, new-customer check (fit Jan-Jun, score Jul-Sep newcomers): ROC AUC "
          f"{report.loc['logit', 'roc_auc']:.3f}, AP {report.loc['logit', 'avg_precision']:.3f}; "
          f"the churn-rate baseline gets AP {report.iloc[0]['avg_precision']:.3f}.")
    print(f"Biggest risk factor: {odds.index[-1]} (odds x{odds.iloc[-1]:.2f}); "
          f"most protective: {odds.index[0]} (odds x{odds.iloc[0]:.2f}).")
    print("Post-outcome columns (retention offer, closed-date flag) left out on purpose.")


if __name__ == "__main__":
    main()
