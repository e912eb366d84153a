# quick fraud classifier on adjuster intake notes
import pandas as pd
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.naive_bayes import MultinomialNB
from sklearn.metrics import accuracy_score

claims = pd.read_csv("train.csv")

# --- quick look ---
print(claims.shape)
print(claims.isna().mean().round(3).sort_values(ascending=False).head(8))
print(claims["is_fraud"].value_counts())
print(claims.groupby("incident_type")["is_fraud"].agg(["mean", "size"]).round(3))
print(claims.groupby("police_report_filed")["is_fraud"].mean().round(3))
per_policy = claims.groupby("policy_id").size()
print("claims per policy:", per_policy.describe().round(2).to_dict())
print(claims["claim_amount"].describe().round(0))
notes_len = claims["adjuster_notes"].fillna("").str.len()
print("notes length quantiles:", notes_len.quantile([0.1, 0.5, 0.9]).to_dict())

claims["adjuster_notes"] = claims["adjuster_notes"].fillna("")
claims["amount_band"] = pd.cut(claims["claim_amount"], [0, 1000, 5000, 20000, np.inf],
                               labels=["amt_low", "amt_mid", "amt_high", "amt_vhigh"]).astype(str)
claims["doc"] = claims["adjuster_notes"] + " " + claims["incident_type"].fillna("") + " " + claims["amount_band"]

vectorizer = CountVectorizer(min_df=2, ngram_range=(1, 2), stop_words="english")
X = vectorizer.fit_transform(claims["doc"])
y = claims["is_fraud"]

nb = MultinomialNB(alpha=0.5)
nb.fit(X, y)
print("training accuracy:", accuracy_score(y, nb.predict(X)))

# most fraud-indicative terms
vocab = np.array(vectorizer.get_feature_names_out())
log_ratio = nb.feature_log_prob_[1] - nb.feature_log_prob_[0]
print(vocab[np.argsort(log_ratio)[-30:]])

test = pd.read_csv("test.csv")
test["adjuster_notes"] = test["adjuster_notes"].fillna("")
test["amount_band"] = pd.cut(test["claim_amount"], [0, 1000, 5000, 20000, np.inf],
                             labels=["amt_low", "amt_mid", "amt_high", "amt_vhigh"]).astype(str)
test["doc"] = test["adjuster_notes"] + " " + test["incident_type"].fillna("") + " " + test["amount_band"]
pd.DataFrame({"claim_id": test["claim_id"], "prediction": nb.predict_proba(vectorizer.transform(test["doc"]))[:, 1]}).to_csv(
    "predictions.csv", index=False)
