import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier

df = pd.read_csv("clicks.csv")
df["site_ctr"] = df["site"].map(df.groupby("site")["clicked"].mean())
df["hour"] = df["hour"] % 24
X = df[["hour", "site_ctr", "banner_pos"]]
y = df["clicked"]
print(cross_val_score(RandomForestClassifier(), X, y, cv=KFold(5, shuffle=True, random_state=0), scoring="roc_auc"))
