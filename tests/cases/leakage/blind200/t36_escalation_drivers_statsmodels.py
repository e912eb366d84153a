"""
What drives ticket escalations?  A logistic regression read for the support
leadership review: odds ratios with confidence intervals, plus how well the
model separates escalated from non-escalated tickets.

helpdesk_q3.csv: ticket_id, channel, plan, first_response_hours, n_replies,
                 reopened, body, escalated
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from nltk.sentiment import SentimentIntensityAnalyzer
from sklearn.metrics import roc_auc_score, accuracy_score, brier_score_loss

tickets = pd.read_csv("helpdesk_q3.csv")
tickets = tickets.dropna(subset=["first_response_hours", "channel", "plan"])
print(tickets.shape)
print(tickets["escalated"].value_counts(normalize=True))

# VADER compound score of the customer's message (lexicon based, no fitting)
sia = SentimentIntensityAnalyzer()
tickets["sentiment"] = tickets["body"].fillna("").map(lambda t: sia.polarity_scores(t)["compound"])
tickets["log_response"] = np.log1p(tickets["first_response_hours"])
tickets["long_thread"] = (tickets["n_replies"] >= 6).astype(int)

print(tickets.groupby("channel")["escalated"].mean().round(3))
print(tickets.groupby("plan")["escalated"].mean().round(3))

formula = ("escalated ~ log_response + sentiment + long_thread + reopened"
           " + C(channel, Treatment('email')) + C(plan, Treatment('basic'))")
fit = smf.logit(formula, data=tickets).fit(maxiter=200, disp=False)
print(fit.summary())

odds = pd.DataFrame({
    "odds_ratio": np.exp(fit.params),
    "ci_low": np.exp(fit.conf_int()[0]),
    "ci_high": np.exp(fit.conf_int()[1]),
    "p_value": fit.pvalues,
}).round(3)
print(odds.sort_values("odds_ratio", ascending=False))

tickets["p_escalate"] = fit.predict(tickets)
print("ROC AUC :", round(roc_auc_score(tickets["escalated"], tickets["p_escalate"]), 4))
print("Brier   :", round(brier_score_loss(tickets["escalated"], tickets["p_escalate"]), 4))
print("Accuracy:", round(accuracy_score(tickets["escalated"], tickets["p_escalate"] > 0.5), 4))

# calibration by decile
tickets["decile"] = pd.qcut(tickets["p_escalate"], 10, labels=False, duplicates="drop")
calib = tickets.groupby("decile").agg(pred=("p_escalate", "mean"), obs=("escalated", "mean"), n=("escalated", "size"))
print(calib.round(3))
