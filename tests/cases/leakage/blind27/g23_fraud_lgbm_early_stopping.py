import numpy as np
import pandas as pd
import lightgbm as lgb
from scipy import sparse
from sklearn.model_selection import train_test_split
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud"
NUMERIC = ["amount", "avg_amount_30d", "hour_of_day", "distance_from_home_km",
           "num_tx_last_24h", "card_present", "is_foreign"]

frame = pd.read_csv("train.csv")
frame["merchant_description"] = frame["merchant_description"].fillna("")
frame["desc_is_online"] = frame["merchant_description"].str.contains("online|www", case=False).astype(int)

train_df, test_df = train_test_split(frame, test_size=0.2, stratify=frame[TARGET], random_state=17)

tfidf = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=10, max_features=3000,
                        dtype=np.float32)
txt_train = tfidf.fit_transform(train_df["merchant_description"])
txt_test = tfidf.transform(test_df["merchant_description"])

cols = NUMERIC + ["desc_is_online"]
X_train = sparse.hstack([sparse.csr_matrix(train_df[cols].values.astype(np.float32)), txt_train]).tocsr()
X_test = sparse.hstack([sparse.csr_matrix(test_df[cols].values.astype(np.float32)), txt_test]).tocsr()
y_train, y_test = train_df[TARGET].values, test_df[TARGET].values

params = dict(
    n_estimators=5000,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.6,
    scale_pos_weight=(1 - y_train.mean()) / y_train.mean(),
    random_state=17,
)
booster = lgb.LGBMClassifier(**params)
booster.fit(
    X_train, y_train,
    eval_set=[(X_test, y_test)],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)],
)
print("best iteration:", booster.best_iteration_)

p_test = booster.predict_proba(X_test, num_iteration=booster.best_iteration_)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"LightGBM test AUC {roc_auc_score(y_test, p_test):.4f}  AP {average_precision_score(y_test, p_test):.4f}")
print(f"Dummy    test AUC {roc_auc_score(y_test, p_dummy):.4f}  AP {average_precision_score(y_test, p_dummy):.4f}")
