# %% [markdown]
# # CTR prediction - LightGBM with a separate holdout

# %%
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import log_loss, roc_auc_score

df = pd.read_csv("ctr_sample.csv")
df["hour_of_day"] = df["hour"] % 100
features = ["banner_pos", "device_type", "device_conn_type", "C14", "C17", "C19", "C21", "hour_of_day"]

# %%
X_tmp, X_test, y_tmp, y_test = train_test_split(df[features], df["click"], test_size=0.2, random_state=0)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.2, random_state=0)

model = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.05)
model.fit(X_train, y_train, eval_set=[(X_val, y_val)], callbacks=[lgb.early_stopping(50)])

# %%
p = model.predict_proba(X_test)[:, 1]
prior = y_train.mean()
print("holdout logloss", log_loss(y_test, p), "AUC", roc_auc_score(y_test, p))
print("baseline (constant CTR) logloss", log_loss(y_test, [prior] * len(y_test)))
