"""Subscription box cancellation - logistic regression with statsmodels.

The retention team wants to know *why* people leave, so I fit a plain logit
and read the odds ratios. Evaluation: train on weeks before the cut, score the
weeks after it for subscribers who are new after the cut, and compare with the
prior-rate prediction.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import log_loss, roc_auc_score, average_precision_score

TARGET = "cancelled_next_week"
FORMULA = (
    f"{TARGET} ~ np.log1p(weeks_active) + boxes_skipped_4w + support_tickets_4w"
    " + discount_pct + box_rating_last + delivery_delay_days + payment_failed"
    " + C(plan_tier, Treatment('basic')) + C(acquisition_channel, Treatment('organic'))"
)

df = pd.read_csv("train.csv", parse_dates=["week_start"])
test = pd.read_csv("test.csv", parse_dates=["week_start"])

# Ratings are missing for brand-new subscribers: use the scale midpoint and flag it.
for frame in (df, test):
    frame["rating_missing"] = frame["box_rating_last"].isna().astype(int)
    frame["box_rating_last"] = frame["box_rating_last"].fillna(3.0)
FORMULA += " + rating_missing"

cutoff = pd.Timestamp("2024-05-06")
train = df[df["week_start"] < cutoff]
holdout = df[df["week_start"] >= cutoff]
holdout = holdout[~holdout["subscriber_id"].isin(train["subscriber_id"])]
print(f"train {len(train)} rows / holdout {len(holdout)} rows "
      f"({holdout['subscriber_id'].nunique()} new subscribers)")

fit = smf.logit(FORMULA, data=train).fit(disp=False, maxiter=200)
print(fit.summary2().tables[1][["Coef.", "P>|z|"]].round(3))

odds = np.exp(fit.params).rename("odds_ratio").round(3)
print(odds.sort_values())

p_model = fit.predict(holdout)
p_prior = np.full(len(holdout), train[TARGET].mean())
y = holdout[TARGET]
print(f"prior baseline: log_loss={log_loss(y, p_prior):.4f} auc={roc_auc_score(y, p_prior):.3f} "
      f"ap={average_precision_score(y, p_prior):.3f}")
print(f"logit         : log_loss={log_loss(y, p_model):.4f} auc={roc_auc_score(y, p_model):.3f} "
      f"ap={average_precision_score(y, p_model):.3f}")

# Calibration by decile on the holdout, for the memo.
deciles = pd.qcut(p_model, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"pred": p_model, "obs": y}).groupby(deciles).mean().round(3))

pd.DataFrame({"row_id": test["row_id"], "prediction": fit.predict(test)}).to_csv(
    "predictions.csv", index=False)
