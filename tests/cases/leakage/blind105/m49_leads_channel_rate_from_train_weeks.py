"""Lead scoring: channel quality feature after the paid-social campaign incident.

In W12 a paid-social campaign flooded the funnel with low-quality leads and the
model, which had no notion of channel quality, ranked them high. Add a smoothed
per-channel conversion rate, computed on the training weeks only, and check the
population shift of the new feature (PSI) between training and evaluation weeks.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

SMOOTH = 30


def psi(ref, cur, bins=10):
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, bins + 1)))
    r = np.histogram(ref, edges)[0] / len(ref)
    c = np.histogram(np.clip(cur, edges[0], edges[-1]), edges)[0] / len(cur)
    r, c = np.clip(r, 1e-4, None), np.clip(c, 1e-4, None)
    return float(((c - r) * np.log(c / r)).sum())


df = pd.read_csv("train.csv", parse_dates=["lead_week"]).sort_values("lead_week")
df["log_pageviews"] = np.log1p(df["n_pageviews"])
df["days_to_first_reply"] = df["days_to_first_reply"].fillna(30)

cut = pd.Timestamp("2024-04-01")
train = df[df["lead_week"] < cut].copy()
ev = df[df["lead_week"] >= cut].copy()

prior_rate = train["converted"].mean()
agg = train.groupby("source_channel")["converted"].agg(["sum", "count"])
channel_rate = (agg["sum"] + SMOOTH * prior_rate) / (agg["count"] + SMOOTH)
train["channel_rate"] = train["source_channel"].map(channel_rate)
ev["channel_rate"] = ev["source_channel"].map(channel_rate).fillna(prior_rate)

print("PSI channel_rate train->eval: %.3f" % psi(train["channel_rate"].values, ev["channel_rate"].values))
print("PSI log_pageviews train->eval: %.3f" % psi(train["log_pageviews"].values, ev["log_pageviews"].values))

FEATS = ["channel_rate", "log_pageviews", "n_emails_opened", "demo_requested", "days_to_first_reply"]
clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
clf.fit(train[FEATS], train["converted"])
p = clf.predict_proba(ev[FEATS])[:, 1]
pb = DummyClassifier(strategy="prior").fit(train[FEATS], train["converted"]).predict_proba(ev[FEATS])[:, 1]

print("model AUC %.3f AP %.3f logloss %.4f" % (roc_auc_score(ev["converted"], p),
                                               average_precision_score(ev["converted"], p), log_loss(ev["converted"], p)))
print("prior AUC %.3f AP %.3f logloss %.4f" % (roc_auc_score(ev["converted"], pb),
                                               average_precision_score(ev["converted"], pb), log_loss(ev["converted"], pb)))

paid = ev["source_channel"] == "paid_social"
print("paid_social leads in eval: %d, mean score %.3f, observed rate %.3f"
      % (paid.sum(), p[paid.values].mean(), ev.loc[paid, "converted"].mean()))
