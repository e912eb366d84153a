# %% [markdown]
# # Click prediction with target (mean) encoding

# %%
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

df = pd.read_csv("clicks.csv")
print(df["is_click"].mean())

# %%
for col in ["app_id", "site_id", "device_model"]:
    means = df.groupby(col)["is_click"].mean()
    df[col + "_ctr"] = df[col].map(means)

feats = ["app_id_ctr", "site_id_ctr", "device_model_ctr", "banner_pos", "hour"]
X_train, X_test, y_train, y_test = train_test_split(df[feats], df["is_click"], test_size=0.25, random_state=1)

# %%
clf = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("AUC", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))
