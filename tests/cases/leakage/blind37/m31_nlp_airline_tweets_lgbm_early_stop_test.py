#!/usr/bin/env python
# coding: utf-8


# # Twitter US Airline Sentiment - LightGBM on TF-IDF features


# In[1]:


import re
import numpy as np
import pandas as pd
import warnings
warnings.filterwarnings("ignore")


# In[7]:


tweets = pd.read_csv("Tweets.csv")
tweets = tweets[tweets["airline_sentiment"] != "neutral"].copy()
print(tweets.shape)
print(tweets["airline_sentiment"].value_counts())


# In[8]:


print(tweets["airline"].value_counts())
print(pd.crosstab(tweets["airline"], tweets["airline_sentiment"], normalize="index"))


# In[9]:


def preprocess(s):
    s = re.sub(r"@\w+", "", s)
    s = re.sub(r"http\S+", "", s)
    s = re.sub(r"[^A-Za-z ]", " ", s)
    return s.lower().strip()
tweets["text_clean"] = tweets["text"].apply(preprocess)
y = (tweets["airline_sentiment"] == "positive").astype(int)


# In[16]:


from sklearn.model_selection import train_test_split
txt_train, txt_test, y_train, y_test = train_test_split(tweets["text_clean"], y, test_size=0.2, random_state=0, stratify=y)


# In[17]:


from sklearn.feature_extraction.text import TfidfVectorizer
vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2))
X_train = vec.fit_transform(txt_train)
X_test = vec.transform(txt_test)
print(X_train.shape, X_test.shape)


# In[18]:


import lightgbm as lgb
from sklearn.metrics import roc_auc_score, f1_score
from sklearn.dummy import DummyClassifier
clf = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.05, num_leaves=31)
clf.fit(X_train.astype(np.float32), y_train,
        eval_set=[(X_test.astype(np.float32), y_test)],
        eval_metric="auc",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", clf.best_iteration_)


# In[19]:


proba = clf.predict_proba(X_test.astype(np.float32))[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))
print("LGBM AUC :", roc_auc_score(y_test, proba))
print("LGBM F1  :", f1_score(y_test, (proba > 0.5).astype(int)))
