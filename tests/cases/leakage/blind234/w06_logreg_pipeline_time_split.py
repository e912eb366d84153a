"""
Conversion model -- interpretable logistic regression.

The business asked for something they can read, so: one-hot + scaled numeric
features into an L2 logistic regression.  Evaluation is out-of-time on
visitors who first appear after the cut-off date.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 11
CUTOFF = "2023-10-15"

NUMERIC = [
    "pages_viewed", "product_views", "search_count", "cart_adds",
    "session_duration_sec", "discount_banner_seen", "is_logged_in",
    "prior_sessions", "hours_since_prior",
]
CATEGORICAL = ["device", "traffic_source", "country", "landing_page_type"]


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    d = raw.copy()
    d["session_ts"] = pd.to_datetime(d["session_ts"])
    d = d.sort_values(["visitor_id", "session_ts"])
    d["prior_sessions"] = d.groupby("visitor_id").cumcount()
    d["hours_since_prior"] = (
        d.groupby("visitor_id")["session_ts"].diff().dt.total_seconds() / 3600
    )
    # heavy right tails
    for col in ["session_duration_sec", "pages_viewed", "product_views"]:
        d[col] = np.log1p(d[col].clip(lower=0))
    return d


def make_model(C):
    preprocess = ColumnTransformer(
        [
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
            ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                                  OneHotEncoder(handle_unknown="ignore", min_frequency=50)), CATEGORICAL),
        ]
    )
    return Pipeline([("prep", preprocess),
                     ("clf", LogisticRegression(C=C, max_iter=2000, random_state=SEED))])


def evaluate(label, y_true, proba):
    out = {
        "model": label,
        "auc": roc_auc_score(y_true, proba),
        "avg_precision": average_precision_score(y_true, proba),
        "brier": brier_score_loss(y_true, proba),
    }
    print("{model:<22} auc={auc:.4f} ap={avg_precision:.4f} brier={brier:.5f}".format(**out))
    return out


sessions = prepare(pd.read_csv("train.csv"))

# --- out-of-time split, new visitors only on the evaluation side ---------------
is_early = sessions["session_ts"] < pd.Timestamp(CUTOFF)
early = sessions[is_early]
late = sessions[~is_early]
late = late[~late["visitor_id"].isin(early["visitor_id"].unique())]
y_tr, y_ev = early["purchased"].to_numpy(), late["purchased"].to_numpy()
print(f"train rows={len(early)}  eval rows={len(late)}  eval rate={y_ev.mean():.4f}")

results = []

# simple rule the marketing team already uses: "anyone who added to cart"
results.append(evaluate("baseline: cart_adds", y_ev, late["cart_adds"].to_numpy()))

C = 1.0
model = make_model(C).fit(early, y_tr)
p_ev = model.predict_proba(late)[:, 1]
results.append(evaluate(f"logreg C={C}", y_ev, p_ev))

print(pd.DataFrame(results).round(4).to_string(index=False))

# coefficients for the write-up
names = model.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(model.named_steps["clf"].coef_[0], index=names).sort_values()
print("\nmost negative:\n", coefs.head(8).round(3))
print("\nmost positive:\n", coefs.tail(8).round(3))

# calibration by decile on the evaluation rows
cal = pd.DataFrame({"p": p_ev, "y": y_ev})
cal["bin"] = pd.qcut(cal["p"].rank(method="first"), 10, labels=False)
print(cal.groupby("bin").agg(mean_p=("p", "mean"), rate=("y", "mean"), n=("y", "size")).round(4))

# final fit on every labelled session for predictions.csv
submission_sessions = prepare(pd.read_csv("test.csv"))
final = make_model(C).fit(sessions, sessions["purchased"])
pd.DataFrame({
    "session_id": submission_sessions["session_id"],
    "prediction": final.predict_proba(submission_sessions)[:, 1],
}).to_csv("predictions.csv", index=False)
