"""Customer personality analysis - segments as features, without leakage.

The scaler, the PCA and the KMeans segmentation are steps of one sklearn
Pipeline. They are fitted on the training customers only (and refitted inside
each CV fold); the test customers are only transformed.
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.cluster import KMeans
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, GridSearchCV
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

SEED = 42

data = pd.read_csv("marketing_campaign.csv", sep="\t")
data = data.dropna(subset=["Income"])
data = data[data["Income"] < 600000]

data["Age"] = 2014 - data["Year_Birth"]
data["Spent"] = data[["MntWines", "MntFruits", "MntMeatProducts", "MntFishProducts",
                      "MntSweetProducts", "MntGoldProds"]].sum(axis=1)
data["Children"] = data["Kidhome"] + data["Teenhome"]
data["Purchases"] = data[["NumWebPurchases", "NumCatalogPurchases", "NumStorePurchases"]].sum(axis=1)
data["Education"] = data["Education"].map({"Basic": 0, "2n Cycle": 0, "Graduation": 1, "Master": 2, "PhD": 2})
data["Couple"] = data["Marital_Status"].isin(["Married", "Together"]).astype(int)
data = data[data["Age"] < 100]

profile_cols = ["Income", "Recency", "Age", "Spent", "Children", "Purchases", "Education", "Couple",
                "MntWines", "MntMeatProducts", "NumDealsPurchases", "NumWebVisitsMonth"]
campaign_cols = ["AcceptedCmp1", "AcceptedCmp2", "AcceptedCmp3", "AcceptedCmp4", "AcceptedCmp5"]

X = data[profile_cols + campaign_cols]
y = data["Response"]
print(X.shape, "response rate:", round(y.mean(), 3))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

# --- descriptive segmentation, training customers only -----------------------
seg = Pipeline([("sc", StandardScaler()), ("pca", PCA(n_components=3, random_state=SEED)),
                ("km", KMeans(n_clusters=4, n_init=10, random_state=SEED))])
train_segments = seg.fit_predict(X_train[profile_cols])
profile = X_train[profile_cols].assign(segment=train_segments).groupby("segment").mean()
print(profile.round(1))
sns.scatterplot(x=X_train["Spent"], y=X_train["Income"], hue=train_segments, palette="tab10")
plt.savefig("segments_train.png")
plt.close()

# --- response model: segment distances as features, inside the pipeline -----
from sklearn.compose import ColumnTransformer

features = ColumnTransformer([
    ("segments", Pipeline([("sc", StandardScaler()), ("pca", PCA(n_components=3, random_state=SEED)),
                           ("km", KMeans(n_clusters=4, n_init=10, random_state=SEED))]), profile_cols),
    ("profile", StandardScaler(), profile_cols),
    ("campaigns", "passthrough", campaign_cols),
])
model = Pipeline([("features", features), ("clf", LogisticRegression(max_iter=3000, class_weight="balanced"))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
search = GridSearchCV(model, {"features__segments__km__n_clusters": [3, 4, 6], "clf__C": [0.1, 1.0, 10.0]},
                      cv=cv, scoring="roc_auc", n_jobs=-1)
search.fit(X_train, y_train)
print("best:", search.best_params_, "CV ROC AUC:", round(search.best_score_, 4))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline (prior) PR AUC:", round(average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))

proba = search.predict_proba(X_test)[:, 1]
print("test ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("test PR AUC :", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, search.predict(X_test)))
