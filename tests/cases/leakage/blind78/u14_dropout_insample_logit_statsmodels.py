"""Explanatory + predictive logit for week-4 MOOC dropout.

Primary interest is which early engagement behaviours are associated with
dropout (odds ratios), secondary the predictions for test.csv.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import roc_auc_score, confusion_matrix

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def prep(d):
    d = d.copy()
    d["log_events"] = np.log1p(d[[f"events_w{i}" for i in range(1, 5)]].sum(axis=1))
    d["log_video"] = np.log1p(d[[f"video_min_w{i}" for i in range(1, 5)]].sum(axis=1))
    d["any_quiz"] = (d["quiz_attempts_w1_4"] > 0).astype(int)
    d["quiz_avg"] = d["quiz_avg_w1_4"].fillna(0)
    d["late_enrol"] = (d["enrol_lag_days"] > 7).astype(int)
    d["w4_drop"] = (d["events_w4"] < 0.5 * d["events_w1"]).astype(int)
    return d


df = prep(df)
test = prep(test)

formula = ("dropped_out ~ log_events + log_video + any_quiz + quiz_avg + active_days_w1_4"
           " + forum_posts_w1_4 + late_enrol + w4_drop + C(education_level) + C(course_id)")
fit = smf.logit(formula, data=df).fit(maxiter=200, disp=False)
print(fit.summary())

or_table = pd.DataFrame({
    "OR": np.exp(fit.params),
    "CI_low": np.exp(fit.conf_int()[0]),
    "CI_high": np.exp(fit.conf_int()[1]),
    "p": fit.pvalues,
}).round(3)
print(or_table.loc[~or_table.index.str.startswith("C(")])

p_hat = fit.predict(df)
print(f"\nMcFadden pseudo-R2: {fit.prsquared:.3f}")
print(f"AUC: {roc_auc_score(df['dropped_out'], p_hat):.3f}")
print("confusion matrix @0.5:\n", confusion_matrix(df["dropped_out"], (p_hat > 0.5).astype(int)))

pd.DataFrame({"enrolment_id": test["enrolment_id"],
              "prediction": fit.predict(test)}).to_csv("predictions.csv", index=False)
