"""Direct-mail response propensity (spring catalogue).

Marketing analytics. One row per customer mailed in the last three catalogue
drops; label = ordered from the catalogue within 30 days.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score
from sklearn.model_selection import train_test_split

CFG = {
    "mailfile": "mkt/catalogue_mailings_with_response.csv",
    "target": "responded",
    "key": "customer_id",
    "seed": 19,
}

RFM = ["recency_days", "frequency_24m", "monetary_24m", "avg_basket", "n_categories",
       "web_visits_90d", "email_opens_90d", "catalogues_received_24m", "age", "household_size"]


def rfm_features(df):
    out = df[RFM].copy()
    out["log_monetary"] = np.log1p(out["monetary_24m"].clip(lower=0))
    out["freq_per_catalogue"] = out["frequency_24m"] / out["catalogues_received_24m"].clip(lower=1)
    out["region"] = df["region"].astype("category").cat.codes
    return out.fillna(0)


def main():
    mail = pd.read_csv(CFG["mailfile"])
    mail = mail.drop_duplicates(subset=CFG["key"], keep="last")
    print("mailed customers:", len(mail), "response rate:", round(mail[CFG["target"]].mean(), 4))

    X = rfm_features(mail)
    y = mail[CFG["target"]].astype(int)

    ros = RandomOverSampler(sampling_strategy=0.5, random_state=CFG["seed"])
    X_os, y_os = ros.fit_resample(X, y)
    print("after oversampling:", np.bincount(y_os))

    X_train, X_test, y_train, y_test = train_test_split(X_os, y_os, test_size=0.3,
                                                        stratify=y_os, random_state=CFG["seed"])

    gbc = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                     subsample=0.8, random_state=CFG["seed"])
    gbc.fit(X_train, y_train)
    p = gbc.predict_proba(X_test)[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    p0 = dummy.predict_proba(X_test)[:, 1]

    print("dummy AUC / AP:", round(roc_auc_score(y_test, p0), 4), round(average_precision_score(y_test, p0), 4))
    print("GBM   AUC / AP:", round(roc_auc_score(y_test, p), 4), round(average_precision_score(y_test, p), 4))
    print("GBM recall@0.5:", round(recall_score(y_test, (p >= 0.5).astype(int)), 4))

    deciles = pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False)
    lift = pd.Series(y_test.values).groupby(deciles).mean()[::-1]
    print("response by score decile:\n", lift.round(4))


if __name__ == "__main__":
    main()
